import statistics as st
from fractions import Fraction as F
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.stdev(data))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.variance([1, 2, 3, 4]))
print(st.mean([1.5, 2.5]), st.fmean([1, 2, 3]), st.harmonic_mean([40, 60]), st.multimode("aabbc"))
print(st.mean([F(1, 3), F(1, 6)]), st.mean([1, 2]), st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.geometric_mean([54, 24, 36]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.median_grouped([52, 52, 53, 54]))
print(st.quantiles(range(1, 11), n=3, method="inclusive"), st.mean([1, 2.5, F(1, 2)]), st.mean([float("inf"), 1.0]))
for f, arg in [(st.mean, []), (st.median, []), (st.mode, []), (st.variance, [1]), (st.stdev, [1])]:
    try:
        f(arg)
    except st.StatisticsError as e:
        print(type(e).__name__, e)
print(st.correlation([1, 2, 3], [2, 4, 7]), st.covariance([1, 2, 3], [1, 3, 2]), st.linear_regression([1, 2, 3], [2, 4, 6]))
n = st.NormalDist(10, 2)
print(n, n.pdf(10), n.cdf(12), n.variance, st.NormalDist.from_samples([1, 2, 3, 4]))
try:
    st.mean(["a"])
except TypeError as e:
    print(e)
