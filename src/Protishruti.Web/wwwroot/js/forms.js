// Small improvements to forms that work without it (ADR 0036): the date beside a date box follows the box, and the
// file box shows its button and the chosen file's name in the page's language.
document.documentElement.classList.add("js");
document.addEventListener("change", async (e) => {
  const input = e.target;
  if (!(input instanceof HTMLInputElement)) return;
  const next = input.type === "date" && input.id ? document.getElementById(input.id + "-date") : null;
  if (next && next.matches(".date-line")) {
    if (!input.value) { next.textContent = ""; return; }
    try {
      const r = await fetch(next.dataset.calendar + "?date=" + encodeURIComponent(input.value));
      if (!r.ok) { next.textContent = ""; return; }
      const d = await r.json();
      if (input.value === d.date) next.textContent = document.documentElement.lang === "bn" ? d.officialLineBn : d.officialLineEn;
    } catch { next.textContent = ""; }
  } else if (input.type === "file" && input.parentElement && input.parentElement.matches(".file-pick")) {
    const name = input.parentElement.querySelector(".file-pick-name");
    if (!name) return;
    if (!name.dataset.none) name.dataset.none = name.textContent;
    name.textContent = input.files && input.files.length ? Array.from(input.files, (f) => f.name).join(", ") : name.dataset.none;
  }
});
