# warnings: catch_warnings (record, nesting, restoring filters), -W and PYTHONWARNINGS,
# logging.captureWarnings, the never-awaited coroutine RuntimeWarning through filters.
import logging
import os
import subprocess
import sys
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warnings.warn("ignored inside")
    warnings.warn("third", stacklevel=1)
for w in caught:
    print(w.category.__name__, w.message, w.lineno, os.path.basename(w.filename), w.line)
print(len(warnings.filters), warnings.filters[0])

cm = warnings.catch_warnings(record=True)
print(repr(cm), repr(warnings.catch_warnings()))
with cm:
    pass
try:
    cm.__exit__(None, None, None)
    cm.__enter__()
    cm.__enter__()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    warnings.catch_warnings().__exit__()
except RuntimeError as e:
    print("RuntimeError:", e)

with warnings.catch_warnings(action="error", category=UserWarning):
    try:
        warnings.warn("error through catch_warnings(action=...)")
    except UserWarning as e:
        print("raised:", e)


async def never():
    pass


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    never()
print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    never()
print("ignored the unawaited coroutine")

logging.basicConfig(stream=sys.stdout, format="%(name)s|%(levelname)s|%(message)s")
logging.captureWarnings(True)
warnings.warn_explicit("to logging", UserWarning, "w.py", 4)
logging.captureWarnings(False)
print(warnings.showwarning is warnings._showwarning_orig)

code = "import warnings, sys; print(sys.warnoptions, warnings.filters[:2]); warnings.warn('x')"
env = dict(os.environ, PYTHONWARNINGS="ignore::DeprecationWarning,always")
for args, env in [(["-W", "error::UserWarning"], None), (["-W", "ignore", "-W", "bogus"], None),
                  (["-Wd"], env)]:
    r = subprocess.run([sys.executable] + args + ["-c", code], capture_output=True, text=True,
                       env=env)
    print(args, r.returncode, r.stdout.strip())
    print("  stderr:", r.stderr.strip().splitlines()[-1:])
