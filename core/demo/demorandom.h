#pragma once
#include <QtGlobal>
#include <random>
#include <vector>

namespace jy {

// The demo's only source of chance. std::mt19937's output is fixed by the standard, but the
// std::*_distribution classes differ between standard libraries, so ranges are derived here:
// the same seed gives the same data on every platform.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed) : mEngine(seed) {}

    quint32 next() { return quint32(mEngine()); }
    // [0, n) by multiply-shift; the bias (n / 2^32) is irrelevant for demo data.
    int below(int n) { return n <= 0 ? 0 : int((quint64(next()) * quint64(n)) >> 32); }
    int between(int low, int high) { return low + below(high - low + 1); } // inclusive
    double unit() { return next() / 4294967296.0; }                        // [0, 1)
    bool chance(double p) { return unit() < p; }

    // An index drawn in proportion to the (non-negative) weights.
    int weighted(const std::vector<double> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = unit() * total;
        for (size_t i = 0; i < weights.size(); ++i) {
            if (x < weights[i])
                return int(i);
            x -= weights[i];
        }
        return int(weights.size()) - 1;
    }

    template <typename T>
    void shuffle(std::vector<T> &items)
    {
        for (size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[size_t(below(int(i)))]);
    }

private:
    std::mt19937 mEngine;
};

} // namespace jy
