using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Offices;

namespace Protishruti.Web.Data.Configurations;

public sealed class IncumbencyConfiguration : IEntityTypeConfiguration<Incumbency>
{
    public void Configure(EntityTypeBuilder<Incumbency> b)
    {
        b.HasIndex(i => new { i.PostId, i.From });
        b.HasOne(i => i.Person).WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
