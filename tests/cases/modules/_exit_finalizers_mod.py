"""Helper of exit_module_finalizers: objects held by an imported module's globals."""
import sys

NAME = "helper"


class Res:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("Res del", self.tag, NAME, sys.__name__)


res = Res("module")


def helper():
    return res
