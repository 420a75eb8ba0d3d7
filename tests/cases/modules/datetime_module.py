import datetime as dt
d = dt.date(2024, 2, 28)
print(d, d + dt.timedelta(days=2), d.weekday(), d.isoformat(), d.strftime("%d/%m/%Y %A"))
t = dt.datetime(2021, 12, 31, 23, 59, 30)
print(t, t + dt.timedelta(seconds=45), (t - dt.datetime(2021, 1, 1)).days, t.isoformat())
print(dt.timedelta(days=1, hours=30), dt.timedelta(weeks=1).total_seconds(), dt.date.fromisoformat("2000-01-01"))
print(dt.datetime.fromtimestamp(0, dt.timezone.utc), dt.date(2024, 1, 1) < dt.date(2024, 1, 2))
print(dt.datetime(2020, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=2))).utcoffset())
