"""multiprocessing.shared_memory.SharedMemory: create, open by name, the buffer's indexing,
slicing and errors, pickling by name to a spawned child, close and unlink."""
import multiprocessing as mp
from multiprocessing import shared_memory as sm


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:
        print('  ', type(e).__name__, e)


def write_named(name, text):
    shm = sm.SharedMemory(name)
    shm.buf[:len(text)] = text
    shm.buf[len(text)] = 33
    shm.close()


def write_pickled(shm, text):
    print('child sees', type(shm).__name__, shm.size, bytes(shm.buf[:5]), flush=True)
    shm.buf[20:20 + len(text)] = text
    shm.close()


if __name__ == '__main__':
    for kw in [dict(), dict(create=True), dict(create=True, size=-1),
               dict(name='gilpy_case_missing')]:
        attempt(sm.SharedMemory, **kw)
    s = sm.SharedMemory(name='gilpy_case_shm', create=True, size=10)
    print(s, s.name, s.size, len(s.buf))
    attempt(sm.SharedMemory, name='gilpy_case_shm', create=True, size=10)
    t = sm.SharedMemory('gilpy_case_shm')
    t.buf[0] = 65
    t.buf[1:4] = b'xyz'
    t.buf[-1] = 255
    print(bytes(s.buf[:5]), s.buf[0], s.buf[-1], s.buf[:3].tobytes(), s.buf[1:3].tolist())
    attempt(s.buf.__setitem__, 0, 256)
    attempt(s.buf.__setitem__, 0, 'a')
    attempt(s.buf.__setitem__, slice(0, 2), b'abc')
    attempt(s.buf.__getitem__, 10)
    print(s.buf[:2] == b'Ax', s.buf.nbytes, s.buf.readonly, s.buf.format, s.buf.itemsize,
          len(s.buf[2:]), list(s.buf[1:4]))
    print(s.__reduce__()[1])
    t.close()
    s.close()
    print(s.buf)
    s.unlink()
    attempt(s.unlink)

    ctx = mp.get_context('spawn')
    shm = sm.SharedMemory(create=True, size=32)
    try:
        print(shm.name.startswith('psm_'), shm.size)
        p = ctx.Process(target=write_named, args=(shm.name, b'hello from child'))
        p.start()
        p.join()
        print('shared memory:', bytes(shm.buf[:17]))
        p = ctx.Process(target=write_pickled, args=(shm, b'again'))
        p.start()
        p.join()
        print('shared memory:', bytes(shm.buf[20:25]), p.exitcode)
    finally:
        shm.close()
        shm.unlink()
    print('children left:', mp.active_children())
