#!/bin/sh
# Regenerates the oracle data in crates/algo/tests/data from CPython 3.11.
set -e
cd "$(dirname "$0")"
PYTHONHASHSEED=0 python3 oracle.py data
