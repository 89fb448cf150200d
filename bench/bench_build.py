"""Benchmark: `cardgen build` against the floor (bench/floor.py) on generated decks.

Generates decks of 540 and 5,400 cards, runs each command several times in a fresh
process, and prints the best wall time and the peak memory (max RSS) of each.
Usage: python bench/bench_build.py [--sizes 540,5400] [--repeat 3]
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORDS = ("hoe wat welke waarom voelde je je collega casus situatie gesprek moment team cliënt keuze "
         "verwachting grens invloed patroon werkvraag casusinbrengformulier intervisiebijeenkomst "
         "perspectief reactie anders volgende keer geleerd belangrijk").split()
COLORS = ("#B5452F", "#2F5F8A", "#3D7A4A", "#7A4E8C", "#9D6D1B")


def make_deck(path: Path, n: int) -> None:
    rng = random.Random(n)
    lines = ["deck: bench", "title: Benchmarkkaarten", "prefix: B", "categories:"]
    for i, color in enumerate(COLORS):
        lines.append(f'  c{i}: {{label: Categorie {i + 1}, color: "{color}", icon: hart}}')
    lines.append("cards:")
    for i in range(n):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 22))).capitalize() + "?"
        lines.append(f'  - {{category: c{i % len(COLORS)}, text: "{text}"}}')
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def measure(cmd: list[str], repeat: int) -> tuple[float, float]:
    """Best wall time (s) and the largest max RSS (MiB) over `repeat` fresh processes."""
    best, peak = float("inf"), 0.0
    env = dict(os.environ, SOURCE_DATE_EPOCH="1764000000")
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        if status != 0:
            raise SystemExit(f"failed: {' '.join(cmd)}")
        best, peak = min(best, elapsed), max(peak, usage.ru_maxrss / 1024)
    return best, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="540,5400")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'cards':>6}  {'floor s':>8}  {'cardgen s':>9}  {'ratio':>5}  {'floor MiB':>9}  {'cardgen MiB':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            pack = Path(tmp) / f"pack{n}"
            make_deck(pack / "decks" / "bench.yaml", n)
            floor = measure([sys.executable, str(HERE / "floor.py"), str(pack / "decks" / "bench.yaml"),
                             str(Path(tmp) / f"floor{n}")], args.repeat)
            ours = measure([sys.executable, "-m", "cardgen", "build", str(pack), "-o", str(Path(tmp) / f"out{n}")],
                           args.repeat)
            print(f"{n:>6}  {floor[0]:>8.2f}  {ours[0]:>9.2f}  {ours[0] / floor[0]:>5.2f}  {floor[1]:>9.0f}  {ours[1]:>11.0f}")


if __name__ == "__main__":
    main()
