using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Offices;

namespace Protishruti.Web.Data.Configurations;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.Property(p => p.NameBn).HasMaxLength(200);
        b.Property(p => p.NameEn).HasMaxLength(200);
        b.Property(p => p.Mobile).HasMaxLength(30);
        b.Property(p => p.Email).HasMaxLength(200);
        b.Property(p => p.PhotoPath).HasMaxLength(300);
    }
}
