# At exit, imported modules are torn down as CPython's finalize_modules does: finalizers of
# objects in their globals run (the module's dict is in a cycle through its function) and
# still see those globals.
import sys

import _exit_finalizers_mod

sys.stdout.flush()
print("main done", _exit_finalizers_mod.res.tag)
sys.stdout.flush()
