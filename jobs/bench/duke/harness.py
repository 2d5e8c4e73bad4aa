#!/usr/bin/env python3
"""Helper steps for the Duke 1.2 comparison (run.sh runs them; TRUTH names the generator's truth/links.csv).

  harness.py finalize RAW OUT        check/normalise the H2 export into OUT
  harness.py score-duke LINKFILE [RECORDS]   pairwise P/R of Duke's link file (transitive closure)
  harness.py score-recon LINKS [RECORDS]     same for recon's links.csv (clusters by child_id)
  harness.py match-steps LOG                 each match step in recon's log: time, load, engine, the rest
  harness.py compiled-steps LOG BENCH_OUT DUKE_SECONDS
                                             the same, then the median of the last five against Duke's time, and
                                             of the last five whole steps (BENCH_OUT: what `recon benchmark` printed),
                                             which also clear the links of the round before

A match step's time is its load (as it logs it) plus the time from the "loaded" line to the "links written" line:
reading the records, the engine, linking the visits and writing every link, not clearing an earlier run's links.

Scoring is pairwise over the transitive closure of the predicted links.  The
universe is the set of records in RECORDS (default: the RECORDS variable): truth pairs
involving a record outside it are not counted, nor are predicted links to such
records.  Truth pairs of hukou rows that recon skipped at ingest (not in the
database) are therefore outside the universe; the count of all truth pairs is
printed too for reference.
"""
import csv
import os
import re
import sys
from collections import Counter

TRUTH = os.environ.get('TRUTH', '')  # the generator's truth/links.csv, set by run.sh
EXPECTED = {'hukou': 38299, 'school': 22176, 'roster': 8784}
COLUMNS = ['rid', 'source', 'id', 'name', 'sex', 'birth', 'township',
           'village', 'guardian', 'mother']


def rid(source, file, line):
    return '%s:%s:%s' % (source, file, int(line))


def finalize(raw, out):
    with open(raw, encoding='utf-8', newline='') as f:
        rows = list(csv.DictReader(f))
    if not rows or list(rows[0].keys()) != COLUMNS:
        sys.exit('unexpected export columns: %s' % (list(rows[0].keys()) if rows else None))
    counts = Counter(r['source'] for r in rows)
    print('export: %d records %s' % (len(rows), dict(counts)))
    if dict(counts) != EXPECTED:
        sys.exit('export counts differ from expected %s' % EXPECTED)
    if len({r['rid'] for r in rows}) != len(rows):
        sys.exit('duplicate rid in export')
    tmp = out + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, COLUMNS, lineterminator='\n')
        w.writeheader()
        w.writerows(rows)
    os.replace(tmp, out)


def load_universe(records):
    with open(records, encoding='utf-8', newline='') as f:
        return {r['rid'] for r in csv.DictReader(f)}


def load_truth():
    truth = {}
    with open(TRUTH, encoding='utf-8', newline='') as f:
        for r in csv.DictReader(f):
            if r['source'] == 'visits':
                continue
            truth[rid(r['source'], r['file'], r['line'])] = r['true_child']
    return truth


class UF:
    def __init__(self):
        self.p = {}

    def find(self, x):
        p = self.p
        p.setdefault(x, x)
        root = x
        while p[root] != root:
            root = p[root]
        while p[x] != root:
            p[x], x = root, p[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[ra] = rb


def pairs_of(groups):
    return sum(n * (n - 1) // 2 for n in groups.values())


def score(clusters_of, label, universe):
    """clusters_of: dict rid -> predicted cluster key (records in universe only)."""
    truth = load_truth()
    all_true_pairs = pairs_of(Counter(truth.values()))
    truth = {k: v for k, v in truth.items() if k in universe}
    missing = universe - truth.keys()
    if missing:
        sys.exit('%d records have no truth, e.g. %s' % (len(missing), sorted(missing)[:3]))
    true_pairs = pairs_of(Counter(truth.values()))
    pred = Counter(clusters_of.values())
    pred_pairs = pairs_of(pred)
    both = pairs_of(Counter((c, truth[r]) for r, c in clusters_of.items()))
    p = both / pred_pairs if pred_pairs else 0.0
    r = both / true_pairs if true_pairs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print('%s: records=%d predicted_pairs=%d true_pairs=%d (all truth: %d) correct=%d '
          'precision=%.4f recall=%.4f f1=%.4f'
          % (label, len(universe), pred_pairs, true_pairs, all_true_pairs, both, p, r, f1))
    return p, r, f1


def score_duke(linkfile, records):
    universe = load_universe(records)
    uf = UF()
    n = bad = 0
    with open(linkfile, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line:
                continue
            # LinkFileWriter: "+,id1,id2,confidence" ("-" = not a match);
            # ids are rids without commas.
            parts = line.split(',')
            if len(parts) != 4 or parts[0] not in '+-':
                bad += 1
                continue
            if parts[0] != '+':
                continue
            a, b = parts[1], parts[2]
            if a in universe and b in universe:
                uf.union(a, b)
                n += 1
    if bad:
        sys.exit('%d malformed lines in %s' % (bad, linkfile))
    print('duke link file: %d match links' % n)
    clusters = {r: uf.find(r) for r in universe}
    return score(clusters, 'duke', universe)


def score_recon(links, records):
    universe = load_universe(records)
    clusters = {}
    with open(links, encoding='utf-8', newline='') as f:
        for r in csv.DictReader(f):
            if r['source'] == 'visits':
                continue
            k = rid(r['source'], r['file'], r['line'])
            if k in universe:
                clusters[k] = r['child_id']
    for k in universe - clusters.keys():   # unlinked record = singleton
        clusters[k] = 'single:' + k
    return score(clusters, 'recon', universe)


def match_steps(log):
    """(step, load, engine) in seconds of each match step in the log, in order."""
    from datetime import datetime
    at = lambda line: datetime.fromisoformat(line[:23])
    steps, start, engine = [], None, 0
    for line in open(log, encoding='utf-8').read().splitlines():
        if 'loaded in' in line:
            start, engine = line, 0
        elif 'match phase' in line and start:
            engine += int(re.search(r': (\d+) ms', line).group(1))
        elif 'links written;' in line and start:
            load = int(re.search(r'loaded in (\d+) ms', start).group(1)) / 1000
            steps.append(((at(line) - at(start)).total_seconds() + load, load, engine / 1000))
            start = None
    return steps


def print_steps(log):
    steps = match_steps(log)
    for step, load, engine in steps:
        print('recon match step: %.2f s (load %.2f s, engine %.2f s, visits and writing %.2f s)'
              % (step, load, engine, step - load - engine))
    return steps


def compiled_steps(log, bench_out, duke):
    last = sorted(step for step, _, _ in print_steps(log)[-5:])
    whole = sorted(float(m.group(1)) for m in list(re.finditer(r'matchStep +([0-9.]+) s', open(bench_out).read()))[-5:])
    if len(last) < 5 or len(whole) < 5:
        sys.exit('fewer than five match steps in %s or %s' % (log, bench_out))
    for label, t in (('match step', last), ('whole step, clearing the links before', whole)):
        print('last five rounds, %s: median %.2f s (%.2f-%.2f s): %.1fx faster than Duke (%.1f-%.1fx)'
              % (label, t[2], t[0], t[-1], duke / t[2], duke / t[-1], duke / t[0]))


def main(argv):
    default_records = os.environ.get('RECORDS', '')
    cmd = argv[1] if len(argv) > 1 else ''
    if cmd == 'finalize':
        finalize(argv[2], argv[3])
    elif cmd == 'score-duke':
        score_duke(argv[2], argv[3] if len(argv) > 3 else default_records)
    elif cmd == 'score-recon':
        score_recon(argv[2], argv[3] if len(argv) > 3 else default_records)
    elif cmd == 'match-steps':
        print_steps(argv[2])
    elif cmd == 'compiled-steps':
        compiled_steps(argv[2], argv[3], float(argv[4]))
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main(sys.argv)
