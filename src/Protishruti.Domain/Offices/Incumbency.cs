namespace Protishruti.Domain.Offices;

/// <summary>A person holding a post from a date to a date (open-ended while current).</summary>
public sealed class Incumbency
{
    private Incumbency() { }

    internal Incumbency(Post post, Person person, DateOnly from)
    {
        Post = post;
        PostId = post.Id;
        Person = person;
        PersonId = person.Id;
        From = from;
    }

    public int Id { get; private set; }
    public int PostId { get; private set; }
    public Post Post { get; private set; } = null!;
    public int PersonId { get; private set; }
    public Person Person { get; private set; } = null!;
    public DateOnly From { get; private set; }
    public DateOnly? To { get; private set; }

    internal void End(DateOnly lastDay) => To = lastDay < From ? From : lastDay;
}
