using Corpus.Claims;
using Corpus.Claims.Attribution;
using Corpus.Entities;
using Corpus.Text;

namespace Corpus.Tests.Claims;

/// <summary>Indirect speech read off hand-written parses: content span and speaker, independent of the trained parser.</summary>
public class ParsedIndirectSpeechTests
{
    // rows (see HandTree; no '*' needed), person names as "first-last" word ranges (1-based), expected "speaker|content" per quote.
    public static TheoryData<string, string, string[]> Cases => new()
    {
        // "X said (that) C": the complement clause, without "that".
        { "Dara Dara PROPN 3 nsubj|Quill Quill PROPN 1 flat|said say VERB 0 root|that that SCONJ 7 mark|the the DET 6 det|pier pier NOUN 7 nsubj|held hold VERB 3 ccomp|firm firm ADJ 7 xcomp", "1-2", ["Dara Quill|the pier held firm"] },
        // "X said on Monday, in a letter, that C" with the that-clause read as an adverbial clause: still the content;
        // "so that" opens a purpose, no statement.
        { "Dara Dara PROPN 2 nsubj|said say VERB 0 root|on on ADP 4 case|Monday Monday PROPN 2 obl|, , PUNCT 8 punct|that that SCONJ 8 mark|piers pier NOUN 8 nsubj|leak leak VERB 2 advcl|badly badly ADV 8 advmod", "1-1", ["Dara|piers leak badly"] },
        { "Dara Dara PROPN 2 nsubj|said say VERB 0 root|it it PRON 2 obj|slowly slowly ADV 2 advmod|so so ADV 6 mark|that that SCONJ 8 mark|crews crew NOUN 8 nsubj|hear hear VERB 2 advcl|well well ADV 8 advmod", "1-1", [] },
        // "C, X said": the clause the verb is a parenthetical to.
        { "The the DET 2 det|pier pier NOUN 3 nsubj|held hold VERB 0 root|firm firm ADJ 3 xcomp|, , PUNCT 7 punct|Dara Dara PROPN 7 nsubj|said say VERB 3 parataxis", "6-6", ["Dara|The pier held firm"] },
        // "X warned Y that C" with the that-clause hung on the one told: still the verb's content; a relative clause
        // ("warned crews that manned the pier") is not.
        { "Dara Dara PROPN 2 nsubj|warned warn VERB 0 root|crews crew NOUN 2 obj|that that SCONJ 7 mark|the the DET 6 det|piers pier NOUN 7 nsubj|leak leak VERB 3 acl|badly badly ADV 7 advmod", "1-1", ["Dara|the piers leak badly"] },
        { "Dara Dara PROPN 2 nsubj|warned warn VERB 0 root|crews crew NOUN 2 obj|that that PRON 5 nsubj|manned man VERB 3 acl:relcl|the the DET 7 det|pier pier NOUN 5 obj", "1-1", [] },
        // ... and on a day the parse read as a noun of the verb's ("said Friday that C").
        { "Dara Dara PROPN 2 nsubj|said say VERB 0 root|Friday Friday PROPN 2 nsubj|that that SCONJ 6 mark|piers pier NOUN 6 nsubj|leak leak VERB 3 acl|badly badly ADV 6 advmod", "1-1", ["Dara|piers leak badly"] },
        // "C, X said" with a phrase of C hung on the verb: the statement still runs to the comma before the speaker.
        { "Six six NUM 4 nsubj|were be AUX 4 cop|in in ADP 4 case|Lusk Lusk PROPN 0 root|and and CCONJ 6 cc|two two NUM 4 conj|in in ADP 8 case|Bergen Bergen PROPN 11 obl|, , PUNCT 8 punct|Dara Dara PROPN 11 nsubj|said say VERB 4 parataxis", "10-10", ["Dara|Six were in Lusk and two in Bergen"] },
        // ... and when the parse reads the reporting clause as a conjunct of C's head; "C, and X said D" is no such clause.
        { "Six six NUM 4 nsubj|were be AUX 4 cop|in in ADP 4 case|Lusk Lusk PROPN 0 root|and and CCONJ 9 cc|two two NUM 9 nummod|, , PUNCT 8 punct|Dara Dara PROPN 9 nsubj|said say VERB 4 conj", "8-8", ["Dara|Six were in Lusk and two"] },
        { "Six six NUM 2 nsubj|left leave VERB 0 root|the the DET 4 det|pier pier NOUN 2 obj|, , PUNCT 8 punct|and and CCONJ 8 cc|Dara Dara PROPN 8 nsubj|said say VERB 2 conj|nothing nothing PRON 8 obj", "7-7", [] },
        // "C, X says, D" with D read as the verb's complement: one statement, C and D.
        { "Six six NUM 2 nummod|boats boat NOUN 5 nsubj|are be AUX 5 cop|at at ADP 5 case|sea sea NOUN 0 root|, , PUNCT 8 punct|Dara Dara PROPN 8 nsubj|says say VERB 5 parataxis|, , PUNCT 10 punct|up up ADV 8 ccomp|from from ADP 12 case|two two NUM 10 obl", "7-7", ["Dara|Six boats are at sea … up from two"] },
        // A clause without "that" read as an object with a finite verb hung on it is still the statement; a relative clause is not.
        { "Dara Dara PROPN 2 nsubj|believes believe VERB 0 root|an a DET 5 det|old old ADJ 5 amod|feud feud NOUN 2 obj|led lead VERB 5 acl VBD|to to ADP 8 case|blows blow NOUN 6 obl", "1-1", ["Dara|an old feud led to blows"] },
        { "Dara Dara PROPN 2 nsubj|believes believe VERB 0 root|the the DET 4 det|feud feud NOUN 2 obj|that that PRON 6 nsubj|led lead VERB 4 acl:relcl VBD|to to ADP 8 case|blows blow NOUN 6 obl", "1-1", [] },
        // A finite auxiliary inside the object's phrase shows a clause the parse broke up; a subordinator before it does not.
        { "Dara Dara PROPN 2 nsubj|said say VERB 0 root|the the DET 4 det|toll toll NOUN 2 obj|of of ADP 8 case|dead dead ADJ 8 amod|could could AUX 8 aux MD|rise rise VERB 4 nmod", "1-1", ["Dara|the toll of dead could rise"] },
        { "Dara Dara PROPN 2 nsubj|asked ask VERB 0 root|the the DET 4 det|pilot pilot NOUN 2 obj|if if SCONJ 8 mark|crews crew NOUN 8 nsubj|had have AUX 8 aux VBD|left leave VERB 4 acl", "1-1", [] },
        // "C, X said on Monday, D" with the reporting clause hung on C as an adverbial clause: one statement, C and D.
        { "Tolls toll NOUN 2 nsubj|rose rise VERB 0 root|to to ADP 4 case|48 48 NUM 2 obl|, , PUNCT 7 punct|Dara Dara PROPN 7 nsubj|said say VERB 2 advcl|, , PUNCT 9 punct|up up ADV 7 ccomp|from from ADP 11 case|31 31 NUM 9 obl", "6-6", ["Dara|Tolls rose to 48 … up from 31"] },
        // A source asking for anonymity states nothing.
        { "Dara Dara PROPN 2 nsubj|asked ask VERB 0 root|not not PART 6 advmod|to to PART 6 mark|be be AUX 6 aux:pass|named name VERB 2 xcomp", "1-1", [] },
        // "X urged Y to C": the infinitive clause.
        { "Dara Dara PROPN 2 nsubj|urged urge VERB 0 root|crews crew NOUN 2 obj|to to PART 5 mark|leave leave VERB 2 xcomp|the the DET 7 det|pier pier NOUN 5 obj", "1-1", ["Dara|to leave the pier"] },
        // An "either" verb takes its object when it has no clause ("noted the delay"); a clause verb does not ("explained the delay").
        { "Dara Dara PROPN 2 nsubj|noted note VERB 0 root|the the DET 5 det|long long ADJ 5 amod|delay delay NOUN 2 obj|at at ADP 8 case|the the DET 8 det|pier pier NOUN 5 nmod", "1-1", ["Dara|the long delay at the pier"] },
        { "Dara Dara PROPN 2 nsubj|explained explain VERB 0 root|the the DET 5 det|long long ADJ 5 amod|delay delay NOUN 2 obj|at at ADP 8 case|the the DET 8 det|pier pier NOUN 5 nmod", "1-1", [] },
        // A passive "asked to": what the addressee was told to do is no statement of the subject's.
        { "Crews crew NOUN 3 nsubj:pass|were be AUX 3 aux:pass|asked ask VERB 0 root|to to PART 5 mark|leave leave VERB 3 xcomp|the the DET 7 det|pier pier NOUN 5 obj", "", [] },
        // An object-frame verb: the object with its "as" complement.
        { "Dara Dara PROPN 2 nsubj|described describe VERB 0 root|the the DET 4 det|repairs repair NOUN 2 obj|as as ADP 6 case|reckless reckless ADJ 2 obl", "1-1", ["Dara|the repairs as reckless"] },
        // An object verb's content runs on through what the parse hung on the verb after its object, but not a time or a clause set off by a comma.
        { "Dara Dara PROPN 2 nsubj|cited cite VERB 0 root|his his PRON 4 nmod:poss|letters letter NOUN 2 obj|from from ADP 7 case|40 40 NUM 7 nummod|mayors mayor NOUN 2 obl|on on ADP 9 case|Tuesday Tuesday PROPN 2 obl", "1-1", ["Dara|his letters from 40 mayors"] },
        { "Dara Dara PROPN 2 nsubj|criticized criticize VERB 0 root|the the DET 5 det|slow slow ADJ 5 amod|repairs repair NOUN 2 obj|, , PUNCT 7 punct|calling call VERB 2 advcl|them they PRON 7 obj|late late ADJ 7 xcomp", "1-1", ["Dara|the slow repairs"] },
        // "called X Y": the object with its predicate noun phrase.
        { "Dara Dara PROPN 2 nsubj|called call VERB 0 root|the the DET 5 det|harbour harbour NOUN 5 compound|plan plan NOUN 2 obj|a a DET 8 det|costly costly ADJ 8 amod|mistake mistake NOUN 2 xcomp", "1-1", ["Dara|the harbour plan a costly mistake"] },
        // "According to X, C": the clause X is attached to, without the attribution.
        { "According accord VERB 3 case|to to ADP 1 fixed|Dara Dara PROPN 7 obl|, , PUNCT 3 punct|the the DET 6 det|pier pier NOUN 7 nsubj|leaked leak VERB 0 root|badly badly ADV 7 advmod", "3-3", ["Dara|the pier leaked badly"] },
        // ... and when the parse makes the phrase's noun the root: what follows the comma, its source the one the noun is "by".
        { "According accord VERB 4 case|to to ADP 1 fixed|a a DET 4 det|letter letter NOUN 0 root|by by ADP 6 case|Dara Dara PROPN 4 nmod|, , PUNCT 11 punct|the the DET 9 det|pier pier NOUN 11 nsubj|is be AUX 11 cop|unsafe unsafe ADJ 4 advmod", "6-6", ["Dara|the pier is unsafe"] },
        // "Asked whether C, X declined": the question is put to X, by no one named; X's reply is not C.
        { "Asked ask VERB 0 root VBD|whether whether SCONJ 5 mark|fees fee NOUN 5 nsubj|would would AUX 5 aux|rise rise VERB 1 ccomp|, , PUNCT 8 punct|Dara Dara PROPN 8 nsubj|declined decline VERB 1 parataxis|to to PART 10 mark|comment comment VERB 8 xcomp", "7-7", ["-|fees would rise"] },
        // "C, according to X." set off by its comma: all the sentence says before it, wherever the parse hung the phrase.
        { "Fees fee NOUN 2 nsubj|rose rise VERB 0 root|by by ADP 4 case|much much ADJ 2 obl|, , PUNCT 8 punct|according accord VERB 8 case|to to ADP 6 fixed|Dara Dara PROPN 4 nmod|. . PUNCT 2 punct", "8-8", ["Dara|Fees rose by much"] },
        // "called for X": what is called for.
        { "Dara Dara PROPN 2 nsubj|called call VERB 0 root|for for ADP 5 case|new new ADJ 5 amod|repairs repair NOUN 2 obl|to to ADP 8 case|the the DET 8 det|pier pier NOUN 5 nmod", "1-1", ["Dara|new repairs to the pier"] },
        // A clause verb with content prepositions: "warned of X", also past an object ("warned crews about X").
        { "Dara Dara PROPN 2 nsubj|warned warn VERB 0 root|of of ADP 6 case|a a DET 6 det|second second ADJ 6 amod|flood flood NOUN 2 obl|this this DET 8 det|winter winter NOUN 2 obl:tmod", "1-1", ["Dara|a second flood"] },
        { "Dara Dara PROPN 2 nsubj|warned warn VERB 0 root|crews crew NOUN 2 obj|about about ADP 7 case|the the DET 7 det|rotten rotten ADJ 7 amod|planks plank NOUN 2 obl", "1-1", ["Dara|the rotten planks"] },
        // A topic verb: only the object of its prepositions; another preposition gives nothing.
        { "Dara Dara PROPN 2 nsubj|spoke speak VERB 0 root|about about ADP 6 case|the the DET 6 det|broken broken ADJ 6 amod|pier pier NOUN 2 obl", "1-1", ["Dara|the broken pier"] },
        { "Dara Dara PROPN 2 nsubj|spoke speak VERB 0 root|at at ADP 6 case|the the DET 6 det|harbour harbour NOUN 6 compound|meeting meeting NOUN 2 obl", "1-1", [] },
        // A person as an object verb's object is what its subject praises or attacks, when the subject is someone we know;
        // with no one behind it ("anyone should call Oren about the repairs for the details") it is whom to reach.
        { "Dara Dara PROPN 2 nsubj|praised praise VERB 0 root|Oren Oren PROPN 2 obj|Vik Vik PROPN 3 flat|for for ADP 7 case|the the DET 7 det|repairs repair NOUN 2 obl", "1-1,3-4", ["Dara|Oren Vik for the repairs"] },
        { "Dara Dara PROPN 2 nsubj|cited cite VERB 0 root|it it PRON 2 obj|in in ADP 6 case|a a DET 6 det|statement statement NOUN 2 obl", "1-1", [] },
        { "Anyone anyone PRON 3 nsubj|should should AUX 3 aux|call call VERB 0 root|Oren Oren PROPN 3 obj|Vik Vik PROPN 4 flat|about about ADP 8 case|the the DET 8 det|repairs repair NOUN 3 obl|for for ADP 11 case|the the DET 11 det|details detail NOUN 3 obl", "4-5", [] },
        // A subject that names no one still attributes the content, without a speaker.
        { "Many many ADJ 2 amod|engineers engineer NOUN 3 nsubj|said say VERB 0 root|the the DET 5 det|pier pier NOUN 6 nsubj|leaked leak VERB 3 ccomp|badly badly ADV 6 advmod", "", ["-|the pier leaked badly"] },
        // No subject at all (an imperative, a bare participle): nothing.
        { "Say say VERB 0 root|the the DET 3 det|pier pier NOUN 4 nsubj|leaked leak VERB 1 ccomp|badly badly ADV 4 advmod", "", [] },
        // What a poll, a study or a recording shows or finds is its content, a person as object included; a person's
        // subject with a clause verb takes no object ("Dara found the keys").
        { "The the DET 3 det|harbour harbour NOUN 3 compound|survey survey NOUN 4 nsubj|shows show VERB 0 root|a a DET 7 det|tight tight ADJ 7 amod|race race NOUN 4 obj", "", ["-|a tight race"] },
        { "The the DET 2 det|footage footage NOUN 3 nsubj|shows show VERB 0 root|Oren Oren PROPN 3 obj|leaving leave VERB 3 xcomp|the the DET 7 det|pier pier NOUN 5 obj", "4-4", ["-|Oren leaving the pier"] },
        { "Dara Dara PROPN 2 nsubj|found find VERB 0 root|the the DET 4 det|keys key NOUN 2 obj", "1-1", [] },
        // Stance verbs take their object ("slammed the plan"), refusals and offers their infinitive ("declined to comment").
        { "Dara Dara PROPN 2 nsubj|slammed slam VERB 0 root|the the DET 5 det|harbour harbour NOUN 5 compound|plan plan NOUN 2 obj|as as ADP 7 case|reckless reckless ADJ 2 obl", "1-1", ["Dara|the harbour plan as reckless"] },
        { "Dara Dara PROPN 2 nsubj|declined decline VERB 0 root|to to PART 4 mark|comment comment VERB 2 xcomp|on on ADP 7 case|the the DET 7 det|pier pier NOUN 4 obl", "1-1", ["Dara|to comment on the pier"] },
        // A gerund after a verb that reports a clause is that clause ("proposed closing the pier"); after other verbs it is not.
        { "Dara Dara PROPN 2 nsubj|proposed propose VERB 0 root|closing close VERB 2 xcomp VBG|the the DET 5 det|pier pier NOUN 3 obj", "1-1", ["Dara|closing the pier"] },
        { "Dara Dara PROPN 2 nsubj|began begin VERB 0 root|closing close VERB 2 xcomp VBG|the the DET 5 det|pier pier NOUN 3 obj", "1-1", [] },
        // "question" takes a clause when it has one, else its object.
        { "Dara Dara PROPN 2 nsubj|questioned question VERB 0 root|the the DET 5 det|harbour harbour NOUN 5 compound|plan plan NOUN 2 obj", "1-1", ["Dara|the harbour plan"] },
        // A coordinated object verb shares its subject ("proposed the tax and accused Oren of waste").
        { "Dara Dara PROPN 2 nsubj|proposed propose VERB 0 root|the the DET 4 det|tax tax NOUN 2 obj|and and CCONJ 6 cc|accused accuse VERB 2 conj|Oren Oren PROPN 6 obj|of of ADP 9 case|waste waste NOUN 6 obl", "1-1", ["Dara|Oren of waste"] },
        // A negated verb with a "whether" clause leaves a question open: no statement.
        { "Dara Dara PROPN 4 nsubj|did do AUX 4 aux|not not PART 4 advmod|say say VERB 0 root|whether whether SCONJ 7 mark|piers pier NOUN 7 nsubj|leak leak VERB 4 ccomp|badly badly ADV 7 advmod", "1-1", [] },
        // A short object is a statement of a named speaker ("endorsed Oren") or of a body described by a common noun ("other
        // unions endorsed Oren"); not of a pronoun that names no one ("anyone endorsed Oren").
        { "Dara Dara PROPN 2 nsubj|endorsed endorse VERB 0 root|Oren Oren PROPN 2 obj", "1-1", ["Dara|Oren"] },
        { "Other other ADJ 2 amod|unions union NOUN 3 nsubj|endorsed endorse VERB 0 root|Oren Oren PROPN 3 obj", "", ["-|Oren"] },
        { "Anyone anyone PRON 2 nsubj|endorsed endorse VERB 0 root|Oren Oren PROPN 2 obj", "", [] },
        // What the verb says of its object stays with it ("as reckless"); the occasion does not ("after the vote").
        { "Dara Dara PROPN 2 nsubj|rejected reject VERB 0 root|the the DET 4 det|plan plan NOUN 2 obj|after after ADP 7 case|the the DET 7 det|vote vote NOUN 2 obl", "1-1", ["Dara|the plan"] },
        { "Dara Dara PROPN 2 nsubj|rejected reject VERB 0 root|the the DET 4 det|plan plan NOUN 2 obj|as as ADP 6 case|reckless reckless ADJ 2 obl", "1-1", ["Dara|the plan as reckless"] },
        // A pronoun object with what it is called after it ("called him a genius"): the naming is the statement.
        { "Aides aide NOUN 2 nsubj|called call VERB 0 root|him he PRON 2 obj|a a DET 5 det|genius genius NOUN 2 xcomp", "", ["-|him a genius"] },
        { "Anyone anyone PRON 2 nsubj|called call VERB 0 root|him he PRON 2 obj|a a DET 5 det|genius genius NOUN 2 xcomp", "", [] },
        // "X thanked Y, who announced C" with the relative clause misread as a conjunct: "who" after a comma is Y.
        { "Dara Dara PROPN 2 nsubj|thanked thank VERB 0 root|Oren Oren PROPN 2 obj|Vik Vik PROPN 3 flat|, , PUNCT 7 punct|who who PRON 7 nsubj|announced announce VERB 2 conj|a a DET 10 det|new new ADJ 10 amod|inquiry inquiry NOUN 7 obj", "1-1,3-4", ["Oren Vik|a new inquiry"] },
        // "echo" says its object again.
        { "Dara Dara PROPN 2 nsubj|echoed echo VERB 0 root|the the DET 5 det|mayor's mayor NOUN 5 nmod:poss|warning warning NOUN 2 obj", "1-1", ["Dara|the mayor's warning"] },
        // "C, said X": all before the comma is the statement, whether the parse read C as a piece of a complement or
        // as the verb's subject with a clause hung on it.
        { "Crews crew NOUN 9 nsubj|of of ADP 4 case|the the DET 4 det|city city NOUN 1 nmod|mended mend VERB 1 acl|two two NUM 7 nummod|piers pier NOUN 9 ccomp|, , PUNCT 7 punct|said say VERB 0 root|Dara Dara PROPN 9 nsubj", "10-10", ["Dara|Crews of the city mended two piers"] },
        { "The the DET 3 det|old old ADJ 3 amod|pier pier NOUN 7 nsubj|leaked leak VERB 3 acl|badly badly ADV 4 advmod|, , PUNCT 7 punct|said say VERB 0 root|Dara Dara PROPN 7 nsubj", "8-8", ["Dara|The old pier leaked badly"] },
        // A verb that reports nothing.
        { "Dara Dara PROPN 2 nsubj|painted paint VERB 0 root|the the DET 4 det|pier pier NOUN 2 obj|blue blue ADJ 2 xcomp", "1-1", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_content_and_speaker_off_the_tree(string rows, string people, string[] expected)
    {
        var (syntax, _, text) = HandTree.Build(rows);
        var doc = Document.Parse(new Article("t", text));
        doc.SentenceArray.Should().HaveCount(1);
        var mentions = new List<Mention>();
        foreach (var range in people.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = range.Split('-').Select(x => int.Parse(x, System.Globalization.CultureInfo.InvariantCulture) - 1).ToArray();
            mentions.Add(new Mention(ends[0], ends[1] + 1, new TextSpan(syntax[ends[0]].Span.Start, syntax[ends[1]].Span.End), EntityType.Person, 0));
        }

        var covered = new bool[doc.Tokens.Count];
        var found = ParsedIndirectSpeech.Read(doc, doc.SentenceArray[0], syntax, mentions, [], covered, AttributionLexicon.Default);
        found.Select(q => $"{q.Speaker?.Text ?? "-"}|{q.Text}").Should().Equal(expected);
    }

    [Fact]
    public void A_party_word_read_as_the_subjects_head_gives_way_to_the_person_named_after_it()
    {
        var (syntax, _, text) = HandTree.Build("Democrat Democrat PROPN 4 nsubj|Dara Dara PROPN 1 flat|Quill Quill PROPN 1 flat|said say VERB 0 root|the the DET 6 det|pier pier NOUN 7 nsubj|leaked leak VERB 4 ccomp|badly badly ADV 7 advmod");
        var doc = Document.Parse(new Article("t", text));
        var mentions = new List<Mention>
        {
            new(0, 1, new TextSpan(syntax[0].Span.Start, syntax[0].Span.End), EntityType.Norp, 0),
            new(1, 3, new TextSpan(syntax[1].Span.Start, syntax[2].Span.End), EntityType.Person, 0),
        };
        var found = ParsedIndirectSpeech.Read(doc, doc.SentenceArray[0], syntax, mentions, [], new bool[doc.Tokens.Count], AttributionLexicon.Default);
        found.Select(q => $"{q.Speaker?.Text ?? "-"}|{q.Text}").Should().Equal("Dara Quill|the pier leaked badly");
    }
}
