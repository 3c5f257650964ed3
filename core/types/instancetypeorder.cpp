#include "instancetypeorder.h"

#include <QList>

namespace ecs {

namespace {

// Compares runs of digits as numbers and everything else as text.
int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            const qulonglong na = a.sliced(i, ei - i).toULongLong();
            const qulonglong nb = b.sliced(j, ej - j).toULongLong();
            if (na != nb)
                return na < nb ? -1 : 1;
            i = ei, j = ej;
            continue;
        }
        const QChar ca = a[i].toCaseFolded(), cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i, ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}

} // namespace

double instanceSizeWeight(QStringView size)
{
    static const QList<std::pair<QStringView, double>> named
        = { { u"nano", 1.0 / 64 }, { u"micro", 1.0 / 32 }, { u"small", 1.0 / 8 },
              { u"medium", 1.0 / 4 }, { u"large", 1.0 / 2 }, { u"xlarge", 1 } };
    for (const auto &[name, weight] : named)
        if (size == name)
            return weight;
    if (size.endsWith(u"xlarge")) {
        bool ok = false;
        const double n = size.chopped(6).toDouble(&ok);
        if (ok && n > 0)
            return n;
    }
    return -1;
}

bool instanceTypeLess(const QString &a, const QString &b)
{
    const qsizetype da = a.lastIndexOf(u'.'), db = b.lastIndexOf(u'.');
    const QStringView familyA = da < 0 ? QStringView(a) : QStringView(a).first(da);
    const QStringView familyB = db < 0 ? QStringView(b) : QStringView(b).first(db);
    if (const int c = naturalCompare(familyA, familyB); c != 0)
        return c < 0;
    const QStringView sizeA = da < 0 ? QStringView() : QStringView(a).sliced(da + 1);
    const QStringView sizeB = db < 0 ? QStringView() : QStringView(b).sliced(db + 1);
    const double wa = instanceSizeWeight(sizeA), wb = instanceSizeWeight(sizeB);
    if (wa >= 0 && wb >= 0 && wa != wb)
        return wa < wb;
    if ((wa >= 0) != (wb >= 0))
        return wa >= 0; // known sizes first
    return naturalCompare(sizeA, sizeB) < 0;
}

} // namespace ecs
