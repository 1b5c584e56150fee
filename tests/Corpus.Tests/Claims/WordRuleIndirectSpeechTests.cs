using Corpus.Claims;
using Corpus.Entities;
using Corpus.Tests.Entities;

namespace Corpus.Tests.Claims;

/// <summary>Indirect speech by the word rules, sentence by sentence, over hand-marked mentions and no parse.</summary>
public class WordRuleIndirectSpeechTests
{
    private static readonly WordRuleIndirectSpeech Rules = new(new WordRuleSpeakers(syntax: false));

    // sentence ⇒ "speaker|content" of each statement.
    [Theory]
    [InlineData("Ann Berg said that the road would reopen on Friday.", "Ann Berg|the road would reopen on Friday")]
    [InlineData("The road will reopen on Friday, Ann Berg said.", "Ann Berg|The road will reopen on Friday")]
    [InlineData("The road, Ann Berg said, will reopen on Friday.", "Ann Berg|The road … will reopen on Friday")]
    [InlineData("Ann Berg repaired the road on Friday.", null)]
    // "C, according to <a source that names no one>": still a statement, without a speaker; not when another verb reports.
    [InlineData("The road to Ann Berg's farm will reopen on Friday, according to the harbour survey.", "|The road to Ann Berg's farm will reopen on Friday")]
    [InlineData("Ann Berg insisted that the road would reopen, according to the harbour survey.", "Ann Berg|the road would reopen")]
    // Inside a relative clause the statement ends at the comma that closes it.
    [InlineData("Ann Berg, who said the road was closed, left early.", "Ann Berg|the road was closed")]
    // A passive's subject is the one spoken of, not the speaker.
    [InlineData("Ann Berg was accused of blocking the road on Friday.", null)]
    public void Finds_the_reported_words_and_their_speaker(string text, string? expected)
    {
        var a = EntityTestKit.Article("t", text, ("Ann Berg", EntityType.Person));
        var found = Rules.Indirect(a.Document, a.Mentions, [], a.Document.SentenceArray[0], new bool[a.Document.Tokens.Count])
            .Select(q => $"{q.Speaker?.Text}|{q.Text}").ToList();
        if (expected is null) found.Should().BeEmpty();
        else found.Should().Equal(expected);
    }
}
