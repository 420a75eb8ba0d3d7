def f(items):
    for i in items:
        try:
            process(i)
        except ValueError as e:
            log(e)
            continue
        except Exception:
            return None
    return items
