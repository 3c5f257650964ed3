#include "money.h"

#include <QHash>
#include <QMutex>

namespace ecs {

QString currencySymbol(const QString &isoCode, QLocale::Language language)
{
    if (isoCode.isEmpty())
        return {};
    static QMutex mutex;
    static QHash<QString, QString> known;
    const QMutexLocker lock(&mutex);
    const QString key = isoCode + u'/' + QString::number(int(language));
    const auto it = known.constFind(key);
    if (it != known.cend())
        return *it;
    // QLocale knows each locale's own currency only: find a locale whose currency this is,
    // preferring the user's language (en: "$" for USD; zh: "¥" for CNY).
    QString symbol = isoCode;
    bool fromLanguage = false;
    const QList<QLocale> all
        = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &candidate : all) {
        if (candidate.currencySymbol(QLocale::CurrencyIsoCode) != isoCode)
            continue;
        const QString found = candidate.currencySymbol(QLocale::CurrencySymbol);
        if (found.isEmpty())
            continue;
        const bool sameLanguage = candidate.language() == language;
        if (symbol == isoCode || (sameLanguage && !fromLanguage)) {
            symbol = found;
            fromLanguage = sameLanguage;
        }
        if (fromLanguage)
            break;
    }
    known.insert(key, symbol);
    return symbol;
}

QString formatMoney(double amount, const QString &isoCode, int decimals, const QLocale &locale)
{
    if (isoCode.isEmpty())
        return locale.toString(amount, 'f', decimals);
    // The C locale has no currency conventions of its own (it writes "0.013$"): read as English.
    const QLocale shown = locale.language() == QLocale::C
        ? QLocale(QLocale::English, QLocale::UnitedStates)
        : locale;
    return shown.toCurrencyString(amount, currencySymbol(isoCode, shown.language()), decimals);
}

} // namespace ecs
