async def agen():
    yield 1
    await sleep(0)
