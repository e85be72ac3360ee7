"""How a new blind part is made, step by step, so the next one is made the same way (matching/evaluation/README.md,
"How this session's parts were made"). The people and the readings come from helpers who read no code: this module
only prepares what each reads and gathers what they write, in a working folder outside the repository. Run from the
checkout with the local defaults (`DEBUG=True .venv/bin/python -m …`):

    python -m matching.evaluation.real.blind tags DIR N        # tags.txt, examples.json → the writer (prompts/writer.txt)
    python -m matching.evaluation.real.blind prompt DIR writer part=N who="…"   # a prompt filled in, into DIR
    python -m matching.evaluation.real.blind questions DIR     # questions.json → the answerer (prompts/answerer.txt)
    python -m matching.evaluation.real.blind fold DIR          # replies.json read as the chat reads them, into seekers.json
    python -m matching.evaluation.real.blind packets DIR       # packet_K.txt → two readers each (prompts/reader.txt)
    python -m matching.evaluation.real.blind check DIR/packet_K_keys.json FILE  # what a reader runs on their file
    python -m matching.evaluation.real.blind tally DIR         # agreed.json, split.json, packet_S.txt → a third reader
    python -m matching.evaluation.real.blind reread DIR SPLIT  # reread_SPLIT.csv: the majority of the readings
    python -m matching.evaluation.real.blind add DIR           # the part's seekers appended to seekers.json

`fold` prints every reading for a check by hand: a reply read wrong is mended in the reader (`neighbours.read_reply`)
before any pair is scored. Then the seekers join `seekers.json` (`add DIR`), the part joins `LAST_PART` and
`STILL_BLIND` (by hand), its labels are built by tag (`build_labels ../shared/realdata holdout_N`) beside the reread
file, and the part is measured once before any mistake of it is read.
"""

from __future__ import annotations

import csv
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from matching import neighbours
from matching.evaluation import seeker_profile
from matching.evaluation.real import HERE, Posting, load_postings, load_seekers, one_per_job, row_of
from matching.scoring import job_from_row, score

EXAMPLES = ("h81-05", "h80-12")  # shown to the writer without their answers: the shape, two registers
# a neighbouring line said yes to → the occupation tags of its posts (postings.json)
CODE_TAGS = {"care": "customer_care", "field": "field_marketer", "bd": "bizdev", "sales": "sales",
             "front_desk": "admin", "admin": "admin", "bank": "bank", "rm": "bank", "loans": "bank",
             "collections": "collections"}
DECOYS = 2  # the highest-scoring postings outside a seeker's lines, read too: what matching might send unasked
TEXT_CUT = 1500  # characters of a posting's text a reader sees
SCHOOLING = {"none": "none", "ssce": "SSCE", "ond": "OND", "nce": "NCE", "hnd": "HND", "degree": "degree",
             "masters": "master's"}
LABELS = ("0", "1", "?")


def question(codes: tuple[str, ...]) -> str:
    """The chat's question about neighbouring lines, as its English text reads (`render.ask_neighbours`; a test keeps
    them the same), with its buttons."""
    names = "\n".join(f"{n}. {neighbours.OPTIONS[code].english}" for n, code in enumerate(codes, 1))
    return (f"Would you also take jobs in any of these? They are close to your work:\n{names}\n"
            "Type the numbers you'd take, like _1 3_. Those you leave out, I won't send.")


PROMPTS = HERE / "prompts"


def prompt(folder: Path, name: str, **fields: str) -> Path:
    """A helper's instruction (prompts/NAME.txt) with its {fields} filled in, written into the working folder: what the
    helper is told to read and follow. The folder and the checkout are filled in always."""
    text = (PROMPTS / f"{name}.txt").read_text()
    for field, value in {"dir": str(folder), "repo": str(HERE.parents[2]), **fields}.items():
        text = text.replace("{" + field + "}", value)
    suffix = "_".join(fields[key] for key in ("packet", "reader") if key in fields)
    path = folder / f"{name}{'_' + suffix if suffix else ''}_prompt.txt"
    path.write_text(text)
    return path


def write_tags(folder: Path, seed: int, data_dir: Path) -> None:
    by_tag: dict[str, list[Posting]] = defaultdict(list)
    for posting in one_per_job(load_postings(data_dir)):
        by_tag[posting.occupation].append(posting)
    pick = random.Random(seed)
    lines = []
    for tag, postings in sorted(by_tag.items(), key=lambda item: -len(item[1])):
        shown = pick.sample(postings, min(4, len(postings)))
        lines.append(f"{tag} ({len(postings)} postings): " + "; ".join(
            f"{p.job.title} — {p.job.location or '?'} ({p.job.work_arrangement or '?'})" for p in shown))
    (folder / "tags.txt").write_text("\n".join(lines) + "\n")
    known = {seeker["id"]: seeker for seeker in load_seekers()}
    examples = [{k: v for k, v in known[sid].items() if k != "answers"} for sid in EXAMPLES]
    (folder / "examples.json").write_text(json.dumps(examples, indent=1, ensure_ascii=False))


def _without_reply(seeker: dict[str, Any]) -> dict[str, Any]:
    answers = {k: v for k, v in (seeker.get("answers") or {}).items() if k not in ("also_reply", "also_take")}
    return {**seeker, "answers": answers}


def write_questions(folder: Path) -> list[dict[str, Any]]:
    """The seekers whose compiled lines have neighbours, with the question the chat would put to them."""
    asked = []
    for seeker in json.loads((folder / "seekers.json").read_text()):
        codes = neighbours.offered(seeker_profile(_without_reply(seeker), asked=False).groups)
        if codes:
            asked.append({"id": seeker["id"], "message": seeker["roles"][0], "codes": list(codes),
                          "question": question(codes) + "\n[buttons: All of them | None | Skip]"})
    (folder / "questions.json").write_text(json.dumps(asked, indent=1, ensure_ascii=False))
    return asked


def fold_replies(folder: Path) -> list[str]:
    """Each reply read as the chat reads it, stored with the seeker; the readings, for a check by hand. A reply read as
    no answer stops it: mend the reader first."""
    codes = {q["id"]: tuple(q["codes"]) for q in json.loads((folder / "questions.json").read_text())}
    replies = json.loads((folder / "replies.json").read_text())
    seekers = json.loads((folder / "seekers.json").read_text())
    shown = []
    for seeker in seekers:
        if seeker["id"] not in replies:
            continue
        reply = replies[seeker["id"]]
        taken = neighbours.read_reply(reply, codes[seeker["id"]])
        if taken is None:
            raise ValueError(f"{seeker['id']}: {reply!r} is read as no answer")
        seeker.setdefault("answers", {}).update(also_reply=reply, also_take=taken)
        shown.append(f"{seeker['id']} {codes[seeker['id']]} {reply!r} → {taken}")
    (folder / "seekers.json").write_text(json.dumps(seekers, indent=1, ensure_ascii=False))
    return shown


def candidates(seekers: list[dict[str, Any]], postings: list[Posting]) -> dict[str, list[Posting]]:
    """Per seeker: every posting tagged with a line they want, might take or said yes to, then the `DECOYS`
    highest-scoring others."""
    jobs = [(posting, job_from_row(row_of(posting))) for posting in postings]
    found = {}
    for seeker in seekers:
        answers = seeker.get("answers") or {}
        lines = {*seeker["wants"], *seeker["maybe"]}
        lines |= {CODE_TAGS[code] for code, yes in (answers.get("also_take") or {}).items() if yes and code in CODE_TAGS}
        profile = seeker_profile(seeker)
        inside = [p for p, _job in jobs if set(p.occupation.split("+")) & lines]
        outside = sorted(((score(profile, job).total, p.order, p) for p, job in jobs
                          if not set(p.occupation.split("+")) & lines), key=lambda t: (-t[0], t[1]))
        found[seeker["id"]] = inside + [p for _total, _order, p in outside[:DECOYS]]
    return found


def _pay(posting: Posting) -> str:
    job = posting.job
    if job.salary_text:
        return job.salary_text
    if job.salary_min or job.salary_max:
        return f"{job.salary_currency} {job.salary_min or ''}–{job.salary_max or ''} {job.salary_period}".strip()
    return "not stated"


def _catalogue_entry(short: str, posting: Posting) -> str:
    job = posting.job
    text = " ".join((job.description or "").split())
    text = text[:TEXT_CUT] + (" […]" if len(text) > TEXT_CUT else "")
    kind = f" · {job.employment_type}" if job.employment_type else ""
    return (f"[{short}] {job.title} — {job.company or 'company not named'}\n"
            f"Where: {job.location or 'not stated'} ({job.work_arrangement or 'arrangement not stated'}){kind}\n"
            f"Pay: {_pay(posting)}\nText: {text or '(none)'}\n")


def _seeker_entry(seeker: dict[str, Any], asked: dict[str, Any] | None, reply: str, shorts: list[str]) -> str:
    answers = seeker.get("answers") or {}
    held = [code for code, yes in (answers.get("credentials") or {}).items() if yes]
    pay = f"NGN {seeker['salary_min']:,}" if seeker.get("salary_min") else "not stated"
    lines = [f"--- SEEKER {seeker['id']} ---", f"First message: {seeker['roles'][0]}",
             f"Skills: {', '.join(seeker['skills'])}",
             f"Places: {', '.join(seeker['locations']) or 'none named'}; works {', '.join(seeker['arrangements'])}",
             f"Years of experience: {seeker['years']}", f"Minimum monthly pay: {pay}",
             f"Highest schooling: {SCHOOLING.get(answers.get('schooling') or '', 'not given')}",
             f"Holds / speaks: {', '.join(held) or 'nothing listed'}"]
    if asked:
        lines += [f"The service asked: {question(tuple(asked['codes']))}", f"Their reply: {reply or '(no reply)'}"]
    lines.append(f"Posts to judge for {seeker['id']}: {' '.join(shorts)}\n")
    return "\n".join(lines)


def write_packet(folder: Path, name: str, seekers: list[dict[str, Any]], pairs: dict[str, list[Posting]]) -> int:
    """packet_NAME.txt (a catalogue of the postings its seekers judge, then the seekers) and packet_NAME_keys.json
    (the pairs to judge by short key, and the postings' ids)."""
    asked = {q["id"]: q for q in json.loads((folder / "questions.json").read_text())}
    replies = json.loads((folder / "replies.json").read_text()) if (folder / "replies.json").exists() else {}
    postings = {f"{p.file}:{p.key}": p for seeker in seekers for p in pairs[seeker["id"]]}
    shorts = {pid: f"P{n:03d}" for n, pid in enumerate(sorted(postings, key=lambda pid: postings[pid].order), 1)}
    parts = [f"PACKET {name}\n\n== CATALOGUE OF JOB POSTS ==\n"]
    parts += [_catalogue_entry(short, postings[pid]) for pid, short in shorts.items()]
    parts.append("\n== JOB SEEKERS ==\n")
    keys = {}
    for seeker in seekers:
        keys[seeker["id"]] = [shorts[f"{p.file}:{p.key}"] for p in pairs[seeker["id"]]]
        parts.append(_seeker_entry(seeker, asked.get(seeker["id"]), replies.get(seeker["id"], ""), keys[seeker["id"]]))
    (folder / f"packet_{name}.txt").write_text("\n".join(parts))
    (folder / f"packet_{name}_keys.json").write_text(json.dumps(
        {"pairs": keys, "posts": {short: pid for pid, short in shorts.items()}}, indent=0))
    return sum(len(shorts_of) for shorts_of in keys.values())


def write_packets(folder: Path, data_dir: Path, count: int = 4) -> list[int]:
    seekers = json.loads((folder / "seekers.json").read_text())
    pairs = candidates(seekers, one_per_job(load_postings(data_dir)))
    return [write_packet(folder, str(n), sorted(seekers[n - 1::count], key=lambda s: s["id"]), pairs)
            for n in range(1, count + 1)]


def read_answers(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """One reader's JSON lines: (seeker, short key) → (label, reason)."""
    found = {}
    for line in path.read_text().splitlines():
        if line.strip():
            row = json.loads(line)
            found[(row["seeker"], row["post"])] = (str(row["label"]), row.get("reason", ""))
    return found


def check_answers(keys_path: Path, answers_path: Path) -> list[str]:
    """What is wrong with a reader's file: pairs missing, judged twice or not in the packet, labels other than 0, 1
    or ?, reasons over 15 words (a little slack). Readers run it on their own file."""
    pairs = json.loads(keys_path.read_text())["pairs"]
    wanted = {(sid, short) for sid, shorts in pairs.items() for short in shorts}
    problems, seen = [], set()
    for n, line in enumerate(answers_path.read_text().splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            pair, label = (row["seeker"], row["post"]), str(row["label"])
        except (ValueError, KeyError, TypeError) as error:
            problems.append(f"line {n}: not a JSON object with seeker, post and label ({error})")
            continue
        if pair not in wanted:
            problems.append(f"line {n}: {pair} is not a pair to judge")
        elif label not in LABELS:
            problems.append(f"line {n}: the label must be 0, 1 or ?")
        elif len(str(row.get("reason", "")).split()) > 20:
            problems.append(f"line {n}: the reason is over 15 words")
        elif pair in seen:
            problems.append(f"line {n}: {pair} judged twice")
        seen.add(pair)
    problems += [f"missing {pair}" for pair in sorted(wanted - seen)]
    return problems


def majority(readings: list[str]) -> str:
    """The label two of three readings share; `?` where none do."""
    return next((label for label in LABELS if readings.count(label) >= 2), "?")


def tally(folder: Path, data_dir: Path, count: int = 4) -> tuple[int, int]:
    """The two readers' files of each packet compared: agreed.json, and the pairs they split in a packet of their own
    (packet_S) for a third reader. Returns (agreed, split)."""
    agreed: dict[str, dict[str, str]] = {}
    split: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for n in range(1, count + 1):
        posts = json.loads((folder / f"packet_{n}_keys.json").read_text())["posts"]
        first, second = (read_answers(folder / f"answers_{n}_{reader}.jsonl") for reader in "AB")
        for (sid, short), (label, reason) in first.items():
            other = second[(sid, short)]
            if label == other[0]:
                agreed[f"{sid}|{posts[short]}"] = {"label": label, "reason": f"readers {label} and {other[0]}: {reason}"}
            else:
                split[sid].append({"post": posts[short], "A": [label, reason], "B": list(other)})
    (folder / "agreed.json").write_text(json.dumps(agreed, indent=0, ensure_ascii=False))
    (folder / "split.json").write_text(json.dumps(split, indent=1, ensure_ascii=False))
    if split:
        seekers = [s for s in json.loads((folder / "seekers.json").read_text()) if s["id"] in split]
        ids = {sid: {pair["post"] for pair in pairs} for sid, pairs in split.items()}
        pairs = {sid: [p for p in found if f"{p.file}:{p.key}" in ids[sid]]
                 for sid, found in candidates(seekers, one_per_job(load_postings(data_dir))).items()}
        write_packet(folder, "S", seekers, pairs)
    return len(agreed), sum(len(pairs) for pairs in split.values())


def write_reread(folder: Path, split_name: str) -> Counter[str]:
    """reread_<split>.csv in the repository: "readers X and Y: reason" where the two agreed, else the majority of the
    three with the third reader's reason."""
    rows = [(*key.split("|", 1), value["label"], value["reason"])
            for key, value in json.loads((folder / "agreed.json").read_text()).items()]
    split = json.loads((folder / "split.json").read_text())
    if split:
        posts = json.loads((folder / "packet_S_keys.json").read_text())["posts"]
        third = {(sid, posts[short]): reading for (sid, short), reading in
                 read_answers(folder / "answers_S_C.jsonl").items()}
        for sid, pairs in split.items():
            for pair in pairs:
                first, second = pair["A"][0], pair["B"][0]
                label, reason = third[(sid, pair["post"])]
                rows.append((sid, pair["post"], majority([first, second, label]),
                             f"readers {first}, {second} and {label}: {reason}"))
    with (HERE / f"reread_{split_name}.csv").open("w", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["seeker", "file", "key", "relevant", "reason"])
        for sid, pid, label, reason in sorted(rows):
            out.writerow([sid, *pid.split(":", 1), label, reason])
    return Counter(row[2] for row in rows)


def add_seekers(folder: Path) -> int:
    """The part's seekers (with their answers) appended to the set's; a part already there is refused."""
    known = load_seekers()
    new = json.loads((folder / "seekers.json").read_text())
    clash = {seeker["id"] for seeker in known} & {seeker["id"] for seeker in new}
    if clash:
        raise ValueError(f"already in seekers.json: {sorted(clash)[:3]}")
    (HERE / "seekers.json").write_text(json.dumps(known + new, indent=1, ensure_ascii=False) + "\n")
    return len(new)


def main(argv: list[str]) -> None:
    step, folder, rest = argv[0], Path(argv[1]), argv[2:]
    data_dir = Path("../shared/realdata")
    if step == "prompt":
        print(prompt(folder, rest[0], **dict(field.split("=", 1) for field in rest[1:])))
    elif step == "tags":
        write_tags(folder, int(rest[0]), data_dir)
    elif step == "questions":
        print("\n".join(f"{q['id']} {q['codes']}" for q in write_questions(folder)))
    elif step == "fold":
        print("\n".join(fold_replies(folder)))
    elif step == "packets":
        print("pairs per packet:", write_packets(folder, data_dir))
    elif step == "check":
        print("\n".join(check_answers(folder, Path(rest[0]))) or "every pair judged, no problems")
    elif step == "tally":
        print("agreed {}, split {}".format(*tally(folder, data_dir)))
    elif step == "add":
        print(add_seekers(folder), "seekers added")
    elif step == "reread":
        print(dict(write_reread(folder, rest[0])))
    else:
        raise SystemExit(f"unknown step {step!r}")


if __name__ == "__main__":
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aremu.settings")
    django.setup()
    main(sys.argv[1:])
