using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Offices;
using Protishruti.Domain.Search;
using Protishruti.Web.Features.Search;

namespace Protishruti.Web.Data.Configurations;

/// <summary>The search index's vocabulary with document frequencies (ADR 0010); kept by ServiceSearchIndex with raw upserts.</summary>
public sealed class SearchWordConfiguration : IEntityTypeConfiguration<SearchWord>
{
    public void Configure(EntityTypeBuilder<SearchWord> builder)
    {
        builder.ToTable("SearchWords");
        builder.HasKey(w => w.Key);
        builder.Property(w => w.Key).HasMaxLength(SearchWord.MaxKeyLength);
        builder.Property(w => w.Word).HasMaxLength(SearchWord.MaxKeyLength);
    }
}

/// <summary>Dictionary lines added on the admin page, merged with the repository's synonyms.tsv (ADR 0010).</summary>
public sealed class SearchSynonymConfiguration : IEntityTypeConfiguration<SearchSynonym>
{
    public void Configure(EntityTypeBuilder<SearchSynonym> builder)
    {
        builder.ToTable("SearchSynonyms");
        builder.Property(s => s.Terms).HasMaxLength(SearchSynonym.MaxListLength);
        builder.Property(s => s.Variants).HasMaxLength(SearchSynonym.MaxListLength);
        builder.Property(s => s.Note).HasMaxLength(SearchSynonym.MaxNoteLength);
        builder.Property(s => s.CreatedBy).HasMaxLength(256);
        builder.HasOne<Office>().WithMany().HasForeignKey(s => s.OfficeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.OfficeId);
    }
}
