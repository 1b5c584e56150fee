using Corpus.Syntax;

namespace Corpus.Tests.Syntax;

public class ArcHybridTests
{
    private const int Labels = 3;

    /// <summary>Runs the static oracle from the start and returns the tree it builds (-1 = root).</summary>
    private static (int[] Heads, int[] Labels) Replay(int[] heads, int[] labels, bool dynamic)
    {
        int n = heads.Length;
        var goldHead = heads.Select(h => h < 0 ? n : h).ToArray();
        var state = new ArcHybrid(Labels);
        state.Start(n);
        int steps = 0;
        while (!state.IsTerminal)
        {
            int move;
            if (dynamic)
            {
                move = Enumerable.Range(0, state.MoveCount).Where(state.IsValid).First(m => state.Cost(m, goldHead, labels) == 0);
            }
            else
            {
                move = state.StaticOracle(goldHead, labels);
            }

            state.IsValid(move).Should().BeTrue();
            state.Apply(move);
            (++steps).Should().BeLessThanOrEqualTo(2 * n, "arc-hybrid needs exactly 2n moves");
        }

        return (state.Heads.ToArray().Select(h => h == n ? -1 : h).ToArray(), state.LabelsOf.ToArray());
    }

    public static TheoryData<int[], int[]> ProjectiveTrees => new()
    {
        // "Officials said five people died": said is the root, officials and died hang on it, people on died, five on people.
        { new[] { 1, -1, 3, 4, 1 }, new[] { 0, 2, 1, 0, 1 } },
        { new[] { -1 }, new[] { 2 } },
        { new[] { 1, 2, -1, 2, 3, 3 }, new[] { 0, 0, 2, 1, 1, 0 } },
        { new[] { 2, 2, 3, -1, 3, 6, 4, 3 }, new[] { 0, 1, 0, 2, 1, 0, 1, 0 } },
    };

    [Theory]
    [MemberData(nameof(ProjectiveTrees))]
    public void Static_oracle_rebuilds_a_projective_tree_exactly(int[] heads, int[] labels)
    {
        var (h, l) = Replay(heads, labels, dynamic: false);
        h.Should().Equal(heads);
        l.Where((_, i) => heads[i] >= 0).Should().Equal(labels.Where((_, i) => heads[i] >= 0));
    }

    [Theory]
    [MemberData(nameof(ProjectiveTrees))]
    public void Following_zero_cost_moves_of_the_dynamic_oracle_rebuilds_the_tree(int[] heads, int[] labels)
    {
        Replay(heads, labels, dynamic: true).Heads.Should().Equal(heads);
    }

    [Fact]
    public void A_move_that_loses_a_gold_arc_costs_it()
    {
        // Gold: word 0 depends on word 1, word 1 is the root.
        int[] goldHead = [1, 2];
        int[] goldLabel = [0, 2];
        var state = new ArcHybrid(Labels);
        state.Start(2);
        state.Apply(ArcHybrid.Shift);

        // Shifting word 1 strands word 0 under its head, and word 1 can then only take word 0 as head.
        state.Cost(ArcHybrid.Shift, goldHead, goldLabel).Should().Be(2, "word 0 loses its head and word 1 loses the root");
        state.Cost(1 + 0, goldHead, goldLabel).Should().Be(0, "left arc with the gold label");
        state.Cost(1 + 1, goldHead, goldLabel).Should().Be(1, "left arc with a wrong label");
    }

    [Fact]
    public void Only_the_last_move_may_attach_to_the_root()
    {
        var state = new ArcHybrid(Labels);
        state.Start(2);
        state.Apply(ArcHybrid.Shift);
        state.IsValid(1 + Labels).Should().BeFalse("the buffer is not empty: a root arc now could leave two roots");
        state.Apply(1);
        state.Apply(ArcHybrid.Shift);
        state.IsValid(1 + Labels).Should().BeTrue();
    }

    [SharedFact("data/ud-ewt/en_ewt-ud-dev.conllu")]
    public void Static_oracle_rebuilds_every_projective_tree_of_a_treebank_sample()
    {
        using var reader = new StreamReader(Path.Combine(TestPaths.Shared, "data", "ud-ewt", "en_ewt-ud-dev.conllu"));
        int checkedTrees = 0;
        foreach (var s in Conllu.Read(reader, "en_ewt-ud-dev.conllu").Take(600))
        {
            var words = s.Words.ToList();
            var heads = words.Select(w => int.Parse(w.Head, System.Globalization.CultureInfo.InvariantCulture) - 1).ToArray();
            if (!IsProjective(heads)) continue;
            var labels = words.Select(w => w.DepRel.GetHashCode(StringComparison.Ordinal) & 1).ToArray();
            Replay(heads, labels, dynamic: false).Heads.Should().Equal(heads, s.Text);
            checkedTrees++;
        }

        checkedTrees.Should().BeGreaterThan(500);
    }

    private static bool IsProjective(int[] heads)
    {
        int n = heads.Length;
        for (int i = 0; i < n; i++)
        {
            int h = heads[i] < 0 ? n : heads[i];
            for (int j = Math.Min(i, h) + 1; j < Math.Max(i, h); j++)
            {
                int a = j;
                while (a >= 0 && a != heads[i]) a = heads[a];
                if (a != heads[i]) return false;
            }
        }

        return true;
    }
}
