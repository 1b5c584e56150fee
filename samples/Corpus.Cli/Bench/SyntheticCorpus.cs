using System.Globalization;
using System.Text;
using Corpus.Text;

namespace Corpus.Cli.Bench;

/// <summary>
/// Generates a reproducible corpus of invented news articles for benchmarks: disasters and unrest
/// in invented places, with the shapes the pipeline handles (datelines, tolls with qualifiers and
/// sources, direct and reported speech, acronyms, role nouns, boilerplate), several outlets per
/// story and tolls that rise between reports. Every sentence is a template written for this file.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly string[] Given = ["Anna", "Marek", "Lusine", "Tomas", "Ilse", "Rafael", "Amira", "Oskar", "Nadia", "Pavel", "Elena", "Jonas", "Sofia", "Karim", "Mirela", "Dario", "Hana", "Viktor", "Leyla", "Bruno"];
    private static readonly string[] Family = ["Varga", "Kostov", "Halvorsen", "Mendes", "Okafor", "Lindqvist", "Petrescu", "Aldana", "Novak", "Sarkis", "Brandt", "Ferreira", "Dumont", "Rahimi", "Castell", "Moravec", "Iliev", "Quint", "Sorensen", "Tavares"];
    private static readonly string[] Countries = ["Veskaria", "Orlandia", "Marovia", "Tessaly", "Quorland", "Belmaria", "Ostrava Republic", "Kanterra", "Zelovia", "Daruna"];
    private static readonly string[] Demonyms = ["Veskarian", "Orlandian", "Marovian", "Tessalian", "Quorlander", "Belmarian", "Ostravan", "Kanterran", "Zelovian", "Darunese"];
    private static readonly string[] Cities = ["Lusk", "Peravin", "Doshk", "Amberly", "Tarnow", "Kesselburg", "Valmora", "Ridgeport", "Solvik", "Marrak", "Ostend", "Calvary", "Brennik", "Yarrow", "Feldmark"];
    private static readonly string[] Outlets = ["Daily Meridian", "Continental Post", "Harbour Times", "Northern Ledger", "Evening Courier", "World Wire"];
    private static readonly string[] Events = ["an earthquake", "a flood", "a fire at a chemical plant", "a landslide", "a bridge collapse", "clashes between protesters and police"];
    private static readonly (string Name, string Acronym)[] Agencies = [("National Emergency Agency", "NEA"), ("Red Crescent Society", "RCS"), ("Regional Relief Council", "RRC"), ("United Nations Children's Fund", "UNICEF"), ("International Rescue Committee", "IRC")];
    private static readonly string[] Actions = ["rebuild every damaged school", "send more troops to the region", "open an inquiry into the response", "double the relief budget", "restore power within a week"];
    private static readonly string[] Filler =
    [
        "Residents spent the night outdoors, wrapped in blankets, as aftershocks rattled the remaining buildings.",
        "Roads into the valley were blocked by debris, and rescue teams had to continue on foot.",
        "Shops stayed shut on the main avenue, and long queues formed outside the only open pharmacy.",
        "Engineers inspected the dam upstream and said it showed no sign of damage.",
        "Schools across the province were closed until further notice.",
        "Volunteers handed out bread and bottled water from the back of a lorry near the station.",
        "Mobile networks were down for several hours, leaving families unable to reach relatives.",
        "The airport reopened in the afternoon after a brief suspension of flights.",
        "Hospitals in neighbouring towns said they had cancelled routine operations to make room.",
        "Television footage showed collapsed balconies and cars crushed under fallen masonry.",
        "Opposition politicians criticised what they called a slow and confused response.",
        "Prices of fuel and bread rose sharply in the markets of the capital.",
        "Several embassies advised their citizens to avoid travel to the affected districts.",
        "The weather service warned of heavy rain later in the week, which could hamper the search.",
    ];

    /// <summary>Articles totalling about <paramref name="megabytes"/> MB of UTF-8 text, the same for the same seed.</summary>
    public static IEnumerable<Article> Generate(double megabytes, int seed = 17)
    {
        var rng = new Random(seed);
        long target = (long)(megabytes * 1024 * 1024), written = 0;
        int story = 0;
        while (written < target)
        {
            story++;
            int country = rng.Next(Countries.Length);
            string city = Cities[rng.Next(Cities.Length)];
            string ev = Events[rng.Next(Events.Length)];
            string minister = $"{Given[rng.Next(Given.Length)]} {Family[rng.Next(Family.Length)]}";
            string leader = $"{Given[rng.Next(Given.Length)]} {Family[rng.Next(Family.Length)]}";
            var agency = Agencies[rng.Next(Agencies.Length)];
            int killed = rng.Next(5, 400);
            var day = new DateOnly(2025, 1, 1).AddDays(rng.Next(300));
            int reports = rng.Next(2, 6);
            for (int r = 0; r < reports && written < target; r++)
            {
                killed += rng.Next(0, 60);
                string text = Article(rng, country, city, ev, minister, leader, agency, killed, day.AddDays(r));
                written += Encoding.UTF8.GetByteCount(text);
                yield return new Article($"s{story:D5}-{r + 1}", text)
                {
                    Title = $"{Capital(ev)} in {city}: toll rises to {killed}",
                    Outlet = Outlets[rng.Next(Outlets.Length)],
                    Published = day.AddDays(r),
                    Source = "synthetic",
                };
            }
        }
    }

    private static string Article(Random rng, int country, string city, string ev, string minister, string leader, (string Name, string Acronym) agency, int killed, DateOnly day)
    {
        string c = Countries[country], demonym = Demonyms[country];
        var sb = new StringBuilder(4096);
        string I(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        sb.Append(CultureInfo.InvariantCulture, $"{city.ToUpperInvariant()}, {c} — ");
        string qualifier = rng.Next(3) switch { 0 => "At least ", 1 => "More than ", _ => string.Empty };
        sb.Append(CultureInfo.InvariantCulture, $"{qualifier}{I(killed)} people were killed and {I(killed * rng.Next(2, 6))} injured after {ev} struck {city} on {day.DayOfWeek}, according to the Interior Ministry.\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"“We are doing everything we can to reach the people still trapped,” Interior Minister {minister} told reporters in {city}. “No family will be left alone.”\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"{demonym} President {leader} said the government would {Actions[rng.Next(Actions.Length)]}. The president also declared three days of national mourning.\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"The {agency.Name} ({agency.Acronym}) said it had sent {I(rng.Next(20, 900))} rescue workers and {rng.Next(2, 40)} aircraft to the region. ");
        sb.Append(CultureInfo.InvariantCulture, $"The {agency.Acronym} warned that {I(rng.Next(1000, 90000))} people had been displaced.\n\n");
        if (rng.Next(4) == 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"The Health Ministry had earlier put the toll at {I(killed + rng.Next(10, 90))}, but later withdrew that figure.\n\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"Police arrested {I(rng.Next(3, 120))} people suspected of looting, {minister.Split(' ')[1]} said, adding that patrols would continue overnight.\n\n");
        int fillers = rng.Next(3, 9);
        for (int k = 0; k < fillers; k++)
        {
            sb.Append(Filler[rng.Next(Filler.Length)]);
            sb.Append(k % 2 == 1 ? "\n\n" : " ");
        }

        sb.Append(CultureInfo.InvariantCulture, $"\n\n“This is the worst disaster our region has seen in a generation,” said {Given[rng.Next(Given.Length)]} {Family[rng.Next(Family.Length)]}, the mayor of {city}.\n\n");
        sb.Append("Follow us for live updates. All rights reserved.\n");
        return sb.ToString();
    }

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
