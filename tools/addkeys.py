#!/usr/bin/env python3
"""Merge keys into the two resx files. Input (stdin): lines 'Key<TAB>Bengali<TAB>English'. Existing keys are replaced."""
import sys, os, re
from xml.sax.saxutils import escape
import xml.etree.ElementTree as ET
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'Protishruti.Web', 'Resources', 'SharedResource')
files = {'bn': base + '.bn-BD.resx', 'en': base + '.en.resx'}
def load(path):
    if not os.path.exists(path): return {}
    root = ET.parse(path).getroot()
    return {d.get('name'): d.find('value').text or '' for d in root.findall('data')}
data = {k: load(p) for k, p in files.items()}
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'): continue
    parts = line.split('\t')
    if len(parts) != 3: sys.exit(f'bad line: {line!r}')
    key, bn, en = parts
    data['bn'][key] = bn; data['en'][key] = en
header = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''
for lang, path in files.items():
    with open(path, 'w', encoding='utf-8') as f:
        f.write(header)
        for k in sorted(data[lang]):
            f.write(f'  <data name="{escape(k)}" xml:space="preserve"><value>{escape(data[lang][k])}</value></data>\n')
        f.write('</root>\n')
missing = set(data['bn']) ^ set(data['en'])
if missing: sys.exit(f'keys missing in one language: {missing}')
print(f"{len(data['bn'])} keys")
