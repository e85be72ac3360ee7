"""Writes postings.json: which real postings the set uses (file, row key) and the occupation a person files each under.

    .venv/bin/python -m matching.evaluation.real.build_selection [../shared/realdata]

The Nigerian rows were read one by one and tagged by hand below (by the first 8 hex digits of their Indeed key);
the Indian software rows are tagged by their title's words. Only keys and tags are kept: the postings stay in
the shared exports and are read from there.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from jobs.importers import read_jobspy_csv

HERE = Path(__file__).parent
NG_FILE = "ng_indeed_lagos.csv"

# occupation → Indeed keys (first 8 hex digits), from reading each posting's title and text
NG_TAGS = {
    "accountant": "357f94bc 0fcb265a e8f15ed9 514bed7e 13661bbf 4dd7e0ec 728cc1e7 0ca79a78 3c208c3d 8657c315 "
                  "210c832d e23d30fd b358bcce 1337cbd2 b73b97f0 06c78849 2d9dc0e0 b0e5d720 50a08610 82489140 "
                  "d5b42d74 1c989e90 5eb6cac7 a0112bc4",
    "auditor": "c3633be5 da867a0f 0cf5eae2 f7e84fbd 8d70c419 6207987a 8c15c156 0f2c34f4",
    "bank": "843805f9 da76d52d 34569572 562797c7 9b00d192 e9effc3b",
    "collections": "8077f71b 0857f56e cb0f3618 3de5b993 7e7f3b10 21e41522 23bf098b 31617750 9f464e16 00f9903d",
    "nurse": "1d6fbb3f 513cc025 7cbbe265",
    "nurse_assistant": "84bb7a62",
    "doctor": "2a65894a f7a5c138 7213c0ee fd0e9f06",
    "doctor_consultant": "664a0e5d 889dba63 8e7bb8df",
    "pharmacist": "ebfd8a0f 37d6f5fb 3f891093",
    "pharm_tech": "b5701daf",
    "lab": "441119c4 4cfc0954",
    "sales": "9bb4586a 474d9e59 21945ed4 cd834b25 02b2b06c 64f9cb01 fbab0160 f7f364fd 5c6f321a 4f81717f "
             "6b6adf57 84dfec46 d21fe226 048dfba5 be3c9c9c 9a643eb5 9157f8fd 1c54c149 f38c1184 75728603 "
             "e277f0ad 733f65eb 234cc194 bb351a74 0e6764aa 2bcea6d0 7456dd9a da1490a8 30e6083a",
    "sales_manager": "49df9705 0d552c00 43ad79ee ee222c14",
    "bizdev": "467b981a b0118138 4226fd51 244ff436 1d2793e5 d9f71c30 bd3cf15b 5cdc1f78 21216dce 5e38d9d0 "
              "d6d75521 23aa329f 6d383e19 e5cb5c6b ea2f9ab7",
    "field_marketer": "43e60334 83bc4997 5ec873ee dc59b56d 41c6072b d824b9f6",
    "customer_care": "e80f4cdc 9721a32c 6a804403 d1479dbf 63d36e0f 3b655bce 70a4bf57 d5becd41 cd10bdb5 e0b91178 "
                     "a7fcea29 86238b22 a3cd9ebb aead5514",
    "frontend": "c34ae4d9 18e718a3 85a5b183",
    "fullstack": "1fd9f400 11f5bac0 b514858f a820d4bb 5190db1e 33309681 f104893c",
    "backend": "35b0138c 7b1e4989",
    "mobile": "5c6bb57c f140a102",
    "data_analyst": "2890c0ff 1c95ee5a 2125193c 560c7c31",
    "data_entry": "0fbde1b1",
    "driver": "a92e1c3d 73e669e9 9a1374a4 8df7b549 a9befb0c 6ee81250 cc62f96a e69aac2e",
    "teacher": "b1b9aefb 26a64867 1a7bf2a0 27fb91c1 9ece01d4 3e37c25d 074a18af 82eef9c9 2e2c7c15 deeda29f "
               "b172229b fe207bb9 50a46559 b6990fe1",
    "admin": "ba03c09d e091f329 eb71e12a 0438561f 303b18b8 072356de 1edd6e14 a99efec2 c7d30c68 585dfe7d "
             "91b3f133 b4d1f173 1c04c1c8",
    "hr": "7f4edda6 0caf7c0e 32885c58 72260146 a31b2fb3 8e36bce0 5320ab6c 9eb0a77b b9b1ddb1",
    "logistics": "39bd1947 5bddbadf",
    "warehouse": "292a3928 e947da47 31bb8465 db9611ab cb88c96a c5278117",
    "cook": "29a80a08 9f3a9c58 c6fd03ef cea011d1",
    "security": "9b67256b 3c835a78 67f54133 d1437dda",
    "social": "32b29d12 5cecd3ce 68ae9f21 2d9fa3b9 e8f8c8fa 49a321c8 b17d4125 3bc1526b 053700df 2168c750",
    "graphic": "29bfba82 1da500a8 84bb6269",
    "cleaner": "a719baa9 cc373b15 89c2db88 8b62717e",
}
# Postings that are two occupations at once, by their text (written `first+second`; a seeker of either wants it):
# a retail "Customer Service/Sales Representative" sells on the shop floor; a bank's DSA is a direct sales agent.
ALSO = {"d5becd41": "sales", "9b00d192": "sales"}
# a0112bc4 "Account Officer" at a restaurant was first tagged bank; its text is bookkeeping (payables, bank
# reconciliations, payroll, general ledger), so it is an accountant's post (corrected 2026-12-01).
# Indian software postings (other exports), by the words of their title; first match wins.
IN_TITLE_TAGS = (("fullstack", ("full stack", "full-stack", "fullstack")),
                 ("frontend", ("react", "frontend", "front end", "front-end", "angular", "web developer")),
                 ("backend", ("backend", "back-end", "back end", "python", "django", "api")),
                 ("mobile", ("android", "ios", "flutter", "mobile")),
                 ("data_analyst", ("data analyst",)))


def select(data_dir: Path) -> list[dict[str, str]]:
    prefixes = {prefix: tag for tag, keys in NG_TAGS.items() for prefix in keys.split()}
    chosen: list[dict[str, str]] = []
    for path in sorted(data_dir.glob("*.csv")):
        for _line, record in read_jobspy_csv(path):
            key = record.get("id") or record.get("job_url") or ""
            tag = prefixes.get(key[3:11]) if path.name == NG_FILE else _indian_tag(record.get("title") or "")
            if tag and path.name == NG_FILE and key[3:11] in ALSO:
                tag = f"{tag}+{ALSO[key[3:11]]}"
            if tag and not any(c["file"] == path.name and c["key"] == key for c in chosen):
                chosen.append({"file": path.name, "key": key, "occupation": tag})
    return chosen


def _indian_tag(title: str) -> str:
    lowered = title.lower()
    return next((tag for tag, words in IN_TITLE_TAGS if any(w in lowered for w in words)), "")


def main() -> None:
    data_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/realdata")
    chosen = select(data_dir)
    (HERE / "postings.json").write_text(json.dumps(chosen, indent=1) + "\n")
    print(f"{len(chosen)} postings")


if __name__ == "__main__":
    main()
