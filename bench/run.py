"""The benchmark table: every figure the performance targets talk about, in one run.

Each row runs fresh processes (best wall time of --repeat runs, largest peak memory). Rows:
540 and 5,400 generated cards against the floor (bench/floor.py: the same sheets and print file
drawn by a minimal reportlab script, the deck read with the C YAML loader), the default pack cold
(with every core, and in one process: -j 1) and rebuilt with nothing changed, the default pack after one card changed, `cardgen --help`
against `python -c "import click"`, `cardgen check`, and 10,000 certificates.
Usage: python bench/run.py [--repeat 3] [--quick]   (--quick: 540 cards and 1,000 certificates only)
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from bench_build import make_deck  # noqa: E402

CARDGEN = [sys.executable, "-m", "cardgen"]


def measure(cmd: list[str], repeat: int, before=None, cwd: Path | None = None) -> tuple[float, float]:
    """Best wall time (s) and the largest max RSS (MiB) over `repeat` fresh processes; `before` runs
    (untimed) ahead of each, e.g. to touch a file."""
    best, peak = float("inf"), 0.0
    env = dict(os.environ, SOURCE_DATE_EPOCH="1764000000")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled modules are cached after the first run
    for _ in range(repeat):
        if before:
            before()
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        if status != 0:
            raise SystemExit(f"failed ({status}): {' '.join(cmd)}")
        best, peak = min(best, elapsed), max(peak, usage.ru_maxrss / 1024)
    return best, peak


# What issue 15 measured before the work on speed began, and its targets, by row (docs/performance.md).
BEFORE = {"540 cards": ("2.6x", "<= 1.5x"), "5,400 cards": ("2.1x, 190 MiB", "<= 1.3x, < 100 MiB"),
          "nothing changed": ("0.75x cold", "< 0.2 s, <= 0.2x"), "one card changed": ("= cold", "< 0.4 s"),
          "cold, 2": ("1.4-2.5 s", "< 0.8 s (2 cores)"), "--help": ("5x", "<= 2x"), "check": ("0.86 s", ""),
          "certificates": ("14 s, 140 MiB", "< 4 s, < 100 MiB")}


def row(name: str, ours: tuple[float, float], base: tuple[float, float] | None = None, note: str = "") -> str:
    ratio = f"{ours[0] / base[0]:>6.2f}" if base else f"{'':>6}"
    floor = f"{base[0]:>8.2f}  {base[1]:>8.0f}" if base else f"{'':>8}  {'':>8}"
    before, target = next((v for k, v in BEFORE.items() if k in name), ("", ""))
    return f"{name:<36} {ours[0]:>8.2f}  {ours[1]:>8.0f}  {floor}  {ratio}  {before:<16} {target:<20} {note}"


def certificates_csv(path: Path, n: int) -> None:
    lines = ["name,date,hours,group"] + [f"Deelnemer {i:05d},2026-12-03,2,Groep {i % 40}" for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    sizes, people = ((540,), 1000) if args.quick else ((540, 5400), 10000)
    print(f"# {platform.node()}: {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{time.strftime('%Y-%m-%d')}")
    print(f"{'work':<36} {'s':>8}  {'MiB':>8}  {'base s':>8}  {'base MiB':>8}  {'ratio':>6}  {'before':<16} "
          f"{'target':<20}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for n in sizes:
            pack = tmp / f"pack{n}"
            make_deck(pack / "decks" / "bench.yaml", n)
            floor = measure([sys.executable, str(HERE / "floor.py"), str(pack / "decks" / "bench.yaml"),
                             str(tmp / f"floor{n}")], args.repeat)
            # --force: every run draws the whole deck, as the floor does (the build cache would keep it)
            ours = measure(CARDGEN + ["build", str(pack), "-o", str(tmp / f"out{n}"), "--force"], args.repeat)
            print(row(f"{n:,} cards vs the floor", ours, floor))
        content = tmp / "content"
        shutil.copytree(ROOT / "content", content)
        shutil.copytree(ROOT / "templates", tmp / "templates")
        out = tmp / "default"
        cold = measure(CARDGEN + ["build", str(content), "-o", str(out)], args.repeat,
                       before=lambda: shutil.rmtree(out, ignore_errors=True))
        print(row(f"default pack, cold, {min(2, os.cpu_count() or 1)} cores", cold))
        alone = measure(CARDGEN + ["build", str(content), "-o", str(out), "-j", "1"], args.repeat,
                        before=lambda: shutil.rmtree(out, ignore_errors=True))
        print(row("default pack, cold, 1 process", alone, cold, "ratio: 1 process / the cores"))
        print(row("default pack, nothing changed", measure(CARDGEN + ["build", str(content), "-o", str(out)],
                                                           args.repeat), cold))
        deck = content / "decks" / "reflectiekaarten.yaml"
        text = deck.read_text(encoding="utf-8")
        flip = iter(range(10 ** 6))
        changed = measure(CARDGEN + ["build", str(content), "-o", str(out)], args.repeat,
                          before=lambda: deck.write_text(text.replace("?", "?" if next(flip) % 2 else " ?", 1),
                                                         encoding="utf-8"))
        print(row("default pack, one card changed", changed, cold))
        click = measure([sys.executable, "-c", "import click"], args.repeat)
        print(row("cardgen --help vs import click", measure(CARDGEN + ["--help"], args.repeat), click))
        print(row("cardgen check (default pack)", measure(CARDGEN + ["check", str(content)], args.repeat)))
        certificates_csv(tmp / "people.csv", people)
        print(row(f"{people:,} certificates", measure(
            CARDGEN + ["certificates", "bewijs-van-deelname", str(content), "--participants", str(tmp / "people.csv"),
                       "-o", str(tmp / "certs")], max(1, args.repeat - 2))))


if __name__ == "__main__":
    main()
