"""Writes src/main/resources/codeartifact/input-constraints.json from botocore's CodeArtifact model.

Only the facts a validator needs are kept: per operation, each input member's wire location and name, type,
length/range, pattern, enum values and whether it is required (lists and maps also give their items' constraints;
structures in a list give their members'). Run: python3 generate_input_constraints.py > input-constraints.json
"""
import gzip
import json
import os
import sys

import botocore

MODEL = os.path.join(os.path.dirname(botocore.__file__), "data", "codeartifact", "2018-09-22", "service-2.json.gz")


def constraint(shapes, name, depth=0):
    s = shapes[name]
    out = {"type": s["type"]}
    for key in ("min", "max", "pattern", "enum"):
        if key in s:
            out[key] = s[key]
    if s["type"] == "list" and depth < 2:
        out["items"] = constraint(shapes, s["member"]["shape"], depth + 1)
    if s["type"] == "map" and depth < 2:
        out["keys"] = constraint(shapes, s["key"]["shape"], depth + 1)
        out["values"] = constraint(shapes, s["value"]["shape"], depth + 1)
    if s["type"] == "structure" and depth < 2:
        required = set(s.get("required", []))
        out["members"] = {m: dict(constraint(shapes, v["shape"], depth + 1), required=m in required)
                          for m, v in s.get("members", {}).items()}
    return out


def main():
    with gzip.open(MODEL) as f:
        model = json.load(f)
    shapes = model["shapes"]
    operations = {}
    for op_name, op in sorted(model["operations"].items()):
        if "input" not in op:
            continue
        shape = shapes[op["input"]["shape"]]
        required = set(shape.get("required", []))
        members = []
        for member, ref in shape.get("members", {}).items():
            location = ref.get("location", "payload" if shape.get("payload") == member else "body")
            entry = {"member": member, "location": location, "wireName": ref.get("locationName", member),
                     "required": member in required}
            entry.update(constraint(shapes, ref["shape"]))
            members.append(entry)
        operations[op_name] = {"method": op["http"]["method"], "path": op["http"]["requestUri"].split("?")[0],
                               "members": members}
    json.dump({"source": "botocore " + botocore.__version__ + " codeartifact 2018-09-22",
               "operations": operations}, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


main()
