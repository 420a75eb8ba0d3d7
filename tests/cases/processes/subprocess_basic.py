"""subprocess: run with capture_output/input/text/check, check_output, check_call, call,
Popen with pipes, communicate, wait with a timeout, poll, kill, the context manager."""
import subprocess, sys
r = subprocess.run(['echo', 'hello'], capture_output=True)
print(r)
r = subprocess.run(['cat'], input=b'abc\ndef\n', stdout=subprocess.PIPE)
print(r.stdout, r.returncode)
print(subprocess.check_output(['printf', 'x y']))
print(subprocess.check_output('echo $((1+2))', shell=True, text=True))
try:
    subprocess.check_call(['sh', '-c', 'exit 3'])
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
try:
    subprocess.run(['no-such-program-xyz'])
except FileNotFoundError as e:
    print(e)
p = subprocess.Popen(['sh', '-c', 'echo out; echo err >&2; exit 5'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate()
print(out, err, p.returncode, p.wait())
p = subprocess.Popen(['sleep', '5'])
print(p.poll())
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
p.kill(); print(p.wait())
r = subprocess.run(['sh', '-c', 'echo a; echo b >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(repr(r.stdout))
print(subprocess.call(['true']), subprocess.call(['false']))
print(subprocess.run([sys.executable, '-c', 'print(6*7)'], capture_output=True, text=True).stdout)
with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    p.stdin.write(b'line1\nline2\n'); p.stdin.close()
    print(p.stdout.readline(), p.stdout.read())
print(p.returncode)
print(subprocess.getoutput('echo hi'))
sys.stdout.flush()
subprocess.run(["echo", "direct to terminal"])
