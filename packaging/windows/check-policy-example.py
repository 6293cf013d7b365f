#!/usr/bin/python3
"""The Windows policy example (pauzeknop-policy.reg) says nothing the managed file example does
not: each value it sets is a [section] key=value line of packaging/managed/pauzeknop.conf (which
a unit test loads and checks), under HKLM\\Software\\Policies\\Pauzeknop, as UTF-16 text.

    check-policy-example.py POLICY.reg MANAGED.conf
"""
import configparser
import re
import sys

ROOT = "HKEY_LOCAL_MACHINE\\Software\\Policies\\Pauzeknop\\"


def main():
    reg_path, conf_path = sys.argv[1:3]
    raw = open(reg_path, "rb").read()
    if not raw.startswith(b"\xff\xfe"):
        print(f"{reg_path}: not UTF-16 with a byte order mark, as regedit writes .reg files")
        return 1
    conf = configparser.ConfigParser(interpolation=None, comment_prefixes=(";", "#"))
    conf.optionxform = str
    conf.read(conf_path, encoding="utf-8")
    problems, checked, key = [], 0, None
    for line in raw[2:].decode("utf-16-le").splitlines():
        if line.startswith("["):
            key = line.strip("[]")
            if not key.startswith(ROOT):
                problems.append(f"key {key} is outside {ROOT}")
            continue
        match = re.fullmatch(r'"([^"]+)"="([^"]*)"', line)
        if not match or key is None:
            continue
        parts = key[len(ROOT):].split("\\")
        section, name = parts[0], "/".join(parts[1:] + [match.group(1)])
        if conf.get(section, name, fallback=None) != match.group(2):
            problems.append(f"[{section}] {name}={match.group(2)} is not in {conf_path}")
        checked += 1
    if checked == 0:
        problems.append("no value found")
    for problem in problems:
        print(f"{reg_path}: {problem}", file=sys.stderr)
    if not problems:
        print(f"{reg_path}: {checked} values, each one a line of {conf_path}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
