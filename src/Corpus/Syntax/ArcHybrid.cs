namespace Corpus.Syntax;

/// <summary>
/// The arc-hybrid transition system (Kuhlmann et al. 2011) with the root on the bottom of the stack
/// and the dynamic oracle of Goldberg and Nivre (2013). Moves are numbered: 0 = shift, 1 + l = left
/// arc with label l (the buffer front takes the stack top as dependent), 1 + L + l = right arc (the
/// second stack item takes the top). The root may take a dependent only when the buffer is empty, so
/// every tree has one root. Reused across sentences; not thread-safe.
/// </summary>
internal sealed class ArcHybrid
{
    public const int Shift = 0;
    public const int None = -1;

    private int[] _stack = new int[64];
    private int[] _head = new int[64];
    private int[] _label = new int[64];
    private int[] _lc1 = new int[64], _lc2 = new int[64], _rc1 = new int[64], _rc2 = new int[64];
    private int[] _lcount = new int[64], _rcount = new int[64];

    public ArcHybrid(int labels) => Labels = labels;

    public int Labels { get; }

    public int MoveCount => 1 + 2 * Labels;

    /// <summary>Number of words; the root is word <see cref="Root"/> = N.</summary>
    public int N { get; private set; }

    public int Root => N;

    public int StackCount { get; private set; }

    /// <summary>Index of the first buffer word (N when the buffer is empty).</summary>
    public int Buffer { get; private set; }

    public bool IsTerminal => Buffer == N && StackCount == 1;

    public ReadOnlySpan<int> Heads => _head.AsSpan(0, N);

    public ReadOnlySpan<int> LabelsOf => _label.AsSpan(0, N);

    public void Start(int n)
    {
        N = n;
        if (_head.Length < n + 1)
        {
            int size = Math.Max(n + 1, _head.Length * 2);
            _stack = new int[size + 1];
            _head = new int[size];
            _label = new int[size];
            _lc1 = new int[size]; _lc2 = new int[size]; _rc1 = new int[size]; _rc2 = new int[size];
            _lcount = new int[size]; _rcount = new int[size];
        }

        for (int i = 0; i <= n; i++)
        {
            _head[i] = None;
            _label[i] = None;
            _lc1[i] = _lc2[i] = _rc1[i] = _rc2[i] = None;
            _lcount[i] = _rcount[i] = 0;
        }

        _stack[0] = n;
        StackCount = 1;
        Buffer = 0;
    }

    /// <summary>Stack item <paramref name="k"/> from the top (0 = top), or <see cref="None"/>.</summary>
    public int S(int k) => k < StackCount ? _stack[StackCount - 1 - k] : None;

    /// <summary>Buffer item <paramref name="k"/> (0 = front), or <see cref="None"/>.</summary>
    public int B(int k) => Buffer + k < N ? Buffer + k : None;

    public int Head(int w) => _head[w];

    public int Label(int w) => _label[w];

    public int LeftChild(int w, int k) => w < 0 ? None : k == 0 ? _lc1[w] : _lc2[w];

    public int RightChild(int w, int k) => w < 0 ? None : k == 0 ? _rc1[w] : _rc2[w];

    public int LeftCount(int w) => w < 0 ? 0 : _lcount[w];

    public int RightCount(int w) => w < 0 ? 0 : _rcount[w];

    public static bool IsLeft(int move, int labels) => move >= 1 && move <= labels;

    public bool IsValid(int move)
    {
        if (move == Shift) return Buffer < N;
        if (move <= Labels) return StackCount >= 2 && Buffer < N;
        return StackCount >= 2 && (StackCount > 2 || Buffer == N);
    }

    public void Apply(int move)
    {
        if (move == Shift)
        {
            _stack[StackCount++] = Buffer++;
            return;
        }

        int s0 = _stack[--StackCount];
        if (move <= Labels) Attach(Buffer, s0, move - 1);
        else Attach(_stack[StackCount - 1], s0, move - 1 - Labels);
    }

    private void Attach(int head, int dep, int label)
    {
        _head[dep] = head;
        _label[dep] = label;
        if (dep < head)
        {
            _lcount[head]++;
            if (_lc1[head] == None || dep < _lc1[head]) { _lc2[head] = _lc1[head]; _lc1[head] = dep; }
            else if (_lc2[head] == None || dep < _lc2[head]) _lc2[head] = dep;
        }
        else
        {
            _rcount[head]++;
            if (_rc1[head] == None || dep > _rc1[head]) { _rc2[head] = _rc1[head]; _rc1[head] = dep; }
            else if (_rc2[head] == None || dep > _rc2[head]) _rc2[head] = dep;
        }
    }

    /// <summary>
    /// Cost of <paramref name="move"/>: how many gold arcs it makes unreachable (a wrong label on a
    /// gold arc costs one). <paramref name="goldHead"/> uses N for the root.
    /// </summary>
    public int Cost(int move, ReadOnlySpan<int> goldHead, ReadOnlySpan<int> goldLabel)
    {
        int s0 = S(0);
        if (move == Shift)
        {
            int b = Buffer;
            int cost = 0;
            for (int k = 0; k < StackCount - 1; k++)
            {
                int x = _stack[k];
                if (goldHead[b] == x) cost++;
                if (x < N && goldHead[x] == b) cost++;
            }

            if (s0 < N && goldHead[s0] == b) cost++;
            return cost;
        }

        int dependents = 0;
        for (int b = Buffer; b < N; b++)
        {
            if (goldHead[b] == s0) dependents++;
        }

        if (move <= Labels)
        {
            int cost = dependents;
            int gh = goldHead[s0];
            if (gh == Buffer) return cost + (goldLabel[s0] == move - 1 ? 0 : 1);
            if (StackCount >= 2 && gh == _stack[StackCount - 2]) cost++;
            else if (gh > Buffer && gh < N) cost++;
            return cost;
        }
        else
        {
            int cost = dependents;
            int gh = goldHead[s0];
            if (gh >= Buffer && gh < N) cost++;
            else if (gh == _stack[StackCount - 2] && goldLabel[s0] != move - 1 - Labels) cost++;
            return cost;
        }
    }

    /// <summary>The static oracle's move: left or right arc when the stack top has its gold head there and no dependents left, else shift.</summary>
    public int StaticOracle(ReadOnlySpan<int> goldHead, ReadOnlySpan<int> goldLabel)
    {
        int s0 = S(0);
        if (StackCount >= 2)
        {
            bool done = true;
            for (int b = Buffer; b < N && done; b++) done = goldHead[b] != s0;
            if (done && Buffer < N && goldHead[s0] == Buffer) return 1 + goldLabel[s0];
            int s1 = S(1);
            if (done && goldHead[s0] == s1 && IsValid(1 + Labels + goldLabel[s0])) return 1 + Labels + goldLabel[s0];
        }

        return Buffer < N ? Shift : 1 + Labels + Math.Max(0, goldLabel[s0]);
    }
}
