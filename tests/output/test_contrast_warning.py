"""A category colour that white text cannot be read on gives a located warning when the deck is built
(and the build still succeeds); a readable one gives none."""
from ..conftest import copy_fixture, run_cli
from ..yamledit import edit_yaml


def build(tmp_path, change, brand: str | None = None):
    work = copy_fixture("valid/sample", tmp_path)
    if brand is not None:  # the pack's own brand.yaml
        (work / "content" / "brand.yaml").write_text(brand, encoding="utf-8")
    path = work / "content" / "decks" / "sample.yaml"
    with edit_yaml(path) as data:
        change(data)
    result = run_cli("build", "content", "-o", "out", cwd=work)
    lines = path.read_text(encoding="utf-8").splitlines()
    return result, lines, work


def warnings(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("warning:") and "contrast" in line]


def test_ochre_category_is_a_warning_at_its_colour(tmp_path):
    def ochre(data):
        data["categories"]["blauw"]["color"] = "#B07A1E"

    result, lines, work = build(tmp_path, ochre)
    assert result.returncode == 0, result.stderr
    assert (work / "out" / "decks" / "sample-sheets.pdf").is_file()  # a warning does not stop the build
    found = warnings(result)
    assert len(found) == 1, result.stderr  # one per category and colour pair, naming every box
    line = next(i for i, text in enumerate(lines, 1) if "#B07A1E" in text)
    column = lines[line - 1].index("color:") + 1
    assert found[0].startswith(f"warning: content/decks/sample.yaml:{line}:{column}: categories.blauw.color: "
                               "category 'blauw': text #FFFFFF on #B07A1E has a contrast of 3.7 : 1 (front 'label'")
    assert "body text needs at least 4.5 : 1 (WCAG AA)" in found[0]
    assert "such as '#9D6D1B'" in found[0]


def test_category_without_colour_is_located_at_the_category(tmp_path):
    """Without a colour a category takes the brand palette's colour by position; a pack brand whose
    palette has ochre fifth gives the fifth category of a deck that colour, and the warning names the
    category, not a colour line it does not have."""
    def five(data):
        data["categories"] = {**data["categories"], "c": {"label": "C"}, "d": {"label": "D"}, "e": {"label": "E"}}
        data["cards"].append({"category": "e", "text": "Wat valt je op?"})

    ochre_fifth = 'brand: oker\nname: Oker\ncolors: {palette: ["#B5452F", "#2F5F8A", "#3D7A4A", "#7A4E8C", "#B07A1E"]}\n'
    result, lines, _ = build(tmp_path, five, ochre_fifth)
    assert result.returncode == 0, result.stderr
    found = warnings(result)
    assert len(found) == 1 and ": categories.e: category 'e' (its colour comes from the brand palette): " \
        "text #FFFFFF on #B07A1E" in found[0], result.stderr


def test_readable_colours_give_no_warning(tmp_path):
    result, _, _ = build(tmp_path, lambda data: None)  # #B5452F (5.4 : 1) and #2F5F8A (6.7 : 1) under white
    assert result.returncode == 0 and not warnings(result), result.stderr


def test_a_category_no_card_uses_is_not_checked(tmp_path):
    def unused(data):
        data["categories"]["ongebruikt"] = {"label": "Ongebruikt", "color": "#FFD700"}

    result, _, _ = build(tmp_path, unused)
    assert result.returncode == 0 and not warnings(result), result.stderr
