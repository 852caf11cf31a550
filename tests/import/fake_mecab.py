#!/usr/bin/python3
"""Stands in for `mecab -Oyomi FILE` in check_import.py: one katakana reading per input line, as
MeCab prints them; a term it has no reading for comes back as written (MeCab echoes unknown Latin)."""
import sys

READINGS = {"関係人口": "カンケイジンコウ", "地方創生2.0基本構想": "チホウソウセイニテンゼロキホンコウソウ"}
assert sys.argv[1] == "-Oyomi", sys.argv
with open(sys.argv[2], encoding="utf-8") as f:
    for line in f:
        print(READINGS.get(line.strip(), line.strip()))
