"""The steps that make a blind part (matching/evaluation/real/blind.py): what the helpers read and how their readings
are gathered. The postings' steps need the shared exports and run where `test_real_postings` does."""

import json

import pytest

from conversations.dialogue import render
from matching.evaluation.real import blind

SELLER = {"id": "h99-01", "roles": ["Sales rep job for Ikeja, 2 yrs selling phones. 100k"], "skills": ["Phone sales"],
          "locations": ["Ikeja"], "arrangements": ["onsite"], "years": 2, "salary_min": 100000, "wants": ["sales"],
          "maybe": [], "places": ["lagos"], "answers": {"schooling": "ssce", "credentials": {"licence": False}}}
DRIVER = {**SELLER, "id": "h99-02", "roles": ["Driver, 10 years, Lekki"], "wants": ["driver"]}


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "seekers.json").write_text(json.dumps([SELLER, DRIVER]))
    return tmp_path


def test_the_question_is_the_one_the_chat_asks():
    for codes in (("care", "field", "bd", "cashier"), ("admin",)):
        assert blind.question(codes) == render.ask_neighbours(codes)["interactive"]["body"]["text"]


def test_only_seekers_whose_lines_have_neighbours_are_asked_and_their_replies_are_read_as_the_chat_reads_them(folder):
    asked = blind.write_questions(folder)
    assert [q["id"] for q in asked] == ["h99-01"]
    codes = asked[0]["codes"]
    (folder / "replies.json").write_text(json.dumps({"h99-01": "1 but no night shift"}))
    shown = blind.fold_replies(folder)
    assert len(shown) == 1 and "1 but no night shift" in shown[0]
    seller = json.loads((folder / "seekers.json").read_text())[0]
    assert seller["answers"]["also_reply"] == "1 but no night shift"
    assert seller["answers"]["also_take"] == {code: code == codes[0] for code in codes}
    assert seller["answers"]["schooling"] == "ssce"  # the writer's answers stay


def test_a_reply_read_as_no_answer_stops_the_fold_before_any_pair_is_scored(folder):
    blind.write_questions(folder)
    (folder / "replies.json").write_text(json.dumps({"h99-01": "I dey think am"}))
    with pytest.raises(ValueError, match="h99-01"):
        blind.fold_replies(folder)


def test_a_readers_file_is_checked_against_the_packet(tmp_path):
    keys = tmp_path / "keys.json"
    keys.write_text(json.dumps({"pairs": {"h99-01": ["P001", "P002", "P003"]}, "posts": {}}))
    answers = tmp_path / "answers.jsonl"
    answers.write_text("\n".join([
        json.dumps({"seeker": "h99-01", "post": "P001", "label": "1", "reason": "Sales rep in Ikeja"}),
        json.dumps({"seeker": "h99-01", "post": "P001", "label": "0", "reason": "again"}),
        json.dumps({"seeker": "h99-01", "post": "P002", "label": "maybe", "reason": ""}),
        json.dumps({"seeker": "h99-01", "post": "P009", "label": "0", "reason": ""}),
        "not json"]))
    problems = blind.check_answers(keys, answers)
    assert any("judged twice" in p for p in problems)
    assert any("0, 1 or ?" in p for p in problems)
    assert any("not a pair to judge" in p for p in problems)
    assert any("not a JSON object" in p for p in problems)
    assert "missing ('h99-01', 'P003')" in problems


@pytest.mark.parametrize(("readings", "label"), [(["1", "1", "0"], "1"), (["0", "1", "0"], "0"),
                                                 (["1", "0", "?"], "?"), (["?", "?", "1"], "?")])
def test_the_label_is_what_two_of_three_readers_share(readings, label):
    assert blind.majority(readings) == label


def test_the_readings_are_gathered_agreed_or_by_the_third_reader(tmp_path, monkeypatch):
    monkeypatch.setattr(blind, "HERE", tmp_path)
    (tmp_path / "packet_1_keys.json").write_text(json.dumps({"pairs": {}, "posts": {"P001": "f.csv:a", "P002": "f.csv:b"}}))
    for reader, second in (("A", "1"), ("B", "0")):
        (tmp_path / f"answers_1_{reader}.jsonl").write_text("\n".join([
            json.dumps({"seeker": "h99-01", "post": "P001", "label": "0", "reason": f"Abuja, reader {reader}"}),
            json.dumps({"seeker": "h99-01", "post": "P002", "label": second, "reason": "Ikeja sales"})]))
    (tmp_path / "agreed.json").write_text("{}")
    # the split pair's own packet is written from the postings (the shared exports); stand in for it here
    monkeypatch.setattr(blind, "write_packet", lambda folder, name, seekers, pairs: 0)
    monkeypatch.setattr(blind, "candidates", lambda seekers, postings: {})
    monkeypatch.setattr(blind, "load_postings", lambda data_dir: [])
    (tmp_path / "seekers.json").write_text(json.dumps([SELLER]))
    assert blind.tally(tmp_path, tmp_path, count=1) == (1, 1)
    (tmp_path / "packet_S_keys.json").write_text(json.dumps({"pairs": {}, "posts": {"P001": "f.csv:b"}}))
    (tmp_path / "answers_S_C.jsonl").write_text(
        json.dumps({"seeker": "h99-01", "post": "P001", "label": "1", "reason": "Ikeja sales, 2 years"}))
    assert blind.write_reread(tmp_path, "holdout_99") == {"0": 1, "1": 1}
    rows = (tmp_path / "reread_holdout_99.csv").read_text().splitlines()
    assert rows == ["seeker,file,key,relevant,reason", "h99-01,f.csv,a,0,\"readers 0 and 0: Abuja, reader A\"",
                    "h99-01,f.csv,b,1,\"readers 1, 0 and 1: Ikeja sales, 2 years\""]


def test_a_prompt_is_filled_in_for_the_helper_who_reads_it(tmp_path):
    path = blind.prompt(tmp_path, "reader", part="99", packet="2", reader="B")
    text = path.read_text()
    assert path.name == "reader_2_B_prompt.txt"
    assert f"{tmp_path}/packet_2.txt" in text and f"{tmp_path}/answers_2_B.jsonl" in text and '"h99-01"' in text
    assert "{dir}" not in text and "{repo}" not in text and "{packet}" not in text
    writer = blind.prompt(tmp_path, "writer", part="99", who="people after Easter").read_text()
    assert '"h99-01" … "h99-30"' in writer and "Who they are: people after Easter" in writer


def test_a_part_joins_the_seekers_once(folder, tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("set")
    (home / "seekers.json").write_text(json.dumps([SELLER]))
    monkeypatch.setattr(blind, "HERE", home)
    monkeypatch.setattr(blind, "load_seekers", lambda: json.loads((home / "seekers.json").read_text()))
    with pytest.raises(ValueError, match="h99-01"):
        blind.add_seekers(folder)
    (folder / "seekers.json").write_text(json.dumps([DRIVER]))
    assert blind.add_seekers(folder) == 1
    assert [s["id"] for s in json.loads((home / "seekers.json").read_text())] == ["h99-01", "h99-02"]
