#!/usr/bin/python3
"""Every plan and page front matter in the given content folders validates against
schemas/front-matter.schema.json: the schema must accept what `planpub check` accepts.
Usage: check_front_matter_schema.py SCHEMA CONTENT_DIR..."""
import glob
import json
import os
import re
import sys

import jsonschema
import yaml

schema = json.load(open(sys.argv[1], encoding="utf-8"))


class Loader(yaml.SafeLoader):
    pass


# Dates stay strings, as planpub reads them.
Loader.yaml_implicit_resolvers = {k: [(t, r) for t, r in v if t != "tag:yaml.org,2002:timestamp"]
                                  for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
bad = files = 0
for root in sys.argv[2:]:
    for md in sorted(glob.glob(os.path.join(root, "plans", "*", "*.md"))):
        m = re.match(r"---\r?\n(.*?)\r?\n---", open(md, encoding="utf-8-sig").read(), re.S)
        if not m:
            continue
        files += 1
        which = "plan" if os.path.basename(md) == "index.md" else "page"
        errors = list(jsonschema.Draft202012Validator({**schema, "$ref": f"#/$defs/{which}"}).iter_errors(yaml.load(m.group(1), Loader)))
        for e in errors[:3]:
            print(f"FAIL: {md}: {'/'.join(map(str, e.path))}: {e.message}")
        bad += bool(errors)
print(f"front matter: {files} file(s), {bad} failing front-matter.schema.json")
sys.exit(1 if bad or not files else 0)
