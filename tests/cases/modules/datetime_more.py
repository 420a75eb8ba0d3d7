import datetime as dt
print(repr(dt.timedelta(0)), repr(dt.timedelta(days=-1, seconds=5, microseconds=3)), str(dt.timedelta(days=-1, seconds=5, microseconds=3)), str(dt.timedelta(days=2, hours=1)))
print(repr(dt.time(12,30)), repr(dt.time(12,30,0,5)), repr(dt.datetime(2020,1,1)), repr(dt.datetime(2020,1,1,tzinfo=dt.timezone.utc)), repr(dt.timezone(dt.timedelta(hours=2), 'X')))
print(dt.timezone(dt.timedelta(hours=-2, minutes=-30)), dt.timezone(dt.timedelta(seconds=1)), dt.date(2024,2,28).isocalendar())
print(dt.timedelta(seconds=1.0000005), dt.timedelta(microseconds=0.5), dt.timedelta(microseconds=1.5), dt.timedelta(days=0.1), dt.timedelta(hours=1)/7, dt.timedelta(hours=1)*0.3)
print(dt.timedelta(seconds=0.0000005), dt.timedelta(seconds=2.0000005), dt.timedelta(microseconds=2.5), dt.timedelta(microseconds=3.5))
for f in [lambda: dt.date(2023,2,29), lambda: dt.date(2023,13,1), lambda: dt.date(0,1,1), lambda: dt.datetime(2020,1,1) < dt.datetime(2020,1,1,tzinfo=dt.timezone.utc),
          lambda: dt.date(2020,1,1) < dt.datetime(2020,1,1), lambda: dt.time(25), lambda: dt.date.fromisoformat('2020-1-1'), lambda: dt.date(2020,1,1).replace(month=13),
          lambda: dt.timedelta(days=10**9), lambda: dt.timedelta("1"), lambda: dt.datetime(2020, 1, 1) - dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)]:
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(dt.datetime(2020,1,1).astimezone())
print(dt.datetime(2020,5,17,1,2,3,4).isoformat(' ', 'milliseconds'), dt.time(1,2).isoformat(), dt.datetime.fromisoformat('2011-11-04T00:05:23.283+00:00'))
print(dt.datetime.fromisoformat('2011-11-04'), dt.datetime.fromisoformat('20111104T000523'), dt.datetime.fromisoformat('2011-W01-2T00:05:23.283'), dt.datetime.fromisoformat('2011-11-04 00:05:23+04:00'))
print(hash(dt.date(2020,1,1)) == hash(dt.date(2020,1,1)), dt.date.max, dt.date.min, dt.timedelta.max, dt.timedelta.min, dt.timedelta.resolution, dt.datetime.max)
d = dt.date(2024, 2, 28)
print(d, d + dt.timedelta(days=2), d.weekday(), d.isoformat(), d.strftime("%d/%m/%Y %A"), d.toordinal(), dt.date.fromordinal(738944), d.ctime(), d.timetuple())
t = dt.datetime(2021, 12, 31, 23, 59, 30)
print(t, t + dt.timedelta(seconds=45), (t - dt.datetime(2021, 1, 1)).days, t.isoformat(), t.ctime(), t.timestamp(), t.date(), t.time(), t.weekday())
print(dt.timedelta(days=1, hours=30), dt.timedelta(weeks=1).total_seconds(), dt.date.fromisoformat("2000-01-01"))
print(dt.datetime.fromtimestamp(0, dt.timezone.utc), dt.date(2024, 1, 1) < dt.date(2024, 1, 2), dt.datetime.utcfromtimestamp(1.5), dt.datetime.fromtimestamp(1e9))
print(dt.datetime(2020, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=2))).utcoffset())
a = dt.datetime(2020, 1, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=2)))
b = dt.datetime(2020, 1, 1, 10, tzinfo=dt.timezone.utc)
print(a == b, a - b, a.astimezone(dt.timezone.utc), a.timestamp(), a.strftime("%Y %z %Z %f %H:%M"), a.tzname(), b.tzname())
print("{:%Y-%m-%d}".format(d), f"{t:%H:%M}", format(t), format(dt.time(1, 2, 3), "%H-%M-%S"))
print(dt.timedelta(hours=5) // dt.timedelta(hours=2), dt.timedelta(hours=5) % dt.timedelta(hours=2), divmod(dt.timedelta(hours=5), dt.timedelta(hours=2)), -dt.timedelta(hours=1), abs(-dt.timedelta(hours=1)), dt.timedelta(hours=1) / dt.timedelta(minutes=7), dt.timedelta(hours=1) // 7)
print(dt.datetime.strptime("2021-03-04 05:06:07.5", "%Y-%m-%d %H:%M:%S.%f"), dt.datetime.strptime("2021-03-04 +0530", "%Y-%m-%d %z"))
print(dt.datetime.combine(d, dt.time(1, 2)), d.replace(year=2023), t.replace(hour=0), dt.time(1, 2, tzinfo=dt.timezone.utc), dt.date.fromisocalendar(2024, 9, 3))
print(sorted([dt.date(2020, 5, 1), dt.date(2019, 1, 1)]), dt.date(2020, 1, 1) == dt.datetime(2020, 1, 1), dt.timedelta(0) == 0, bool(dt.timedelta(0)))
print(dt.date(2021, 1, 3).isocalendar(), dt.date(2020, 12, 31).isocalendar(), dt.date(2026, 1, 1).isocalendar(), dt.date(2024, 12, 30).isocalendar())
print(dt.MINYEAR, dt.MAXYEAR, dt.timezone.utc, dt.timezone.min, dt.time.max, repr(dt.time(1, 2, 3)), repr(dt.datetime(2020, 1, 1, 1, 2, 3, 4, fold=1)))
class MyTZ(dt.tzinfo):
    def utcoffset(self, d):
        return dt.timedelta(hours=-5)
    def dst(self, d):
        return dt.timedelta(0)
    def tzname(self, d):
        return "EST"
e = dt.datetime(2020, 6, 1, 12, tzinfo=MyTZ())
print(e, e.tzname(), e.astimezone(dt.timezone.utc), dt.datetime(2020, 6, 1, 17, tzinfo=dt.timezone.utc).astimezone(MyTZ()).hour)
