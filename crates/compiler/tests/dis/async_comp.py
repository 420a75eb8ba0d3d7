async def f():
    return [x async for x in aiter()]
async def g():
    return [await x for x in y]
