#pragma once

#include <QLocale>
#include <QString>

namespace ecs {

/// The symbol people know for an ISO 4217 code the service answers with ("USD" → "$",
/// "CNY" → "¥"), taken from a locale that uses that currency (one in `language` first); the
/// code itself when no locale does, and empty for an empty code.
QString currencySymbol(const QString &isoCode, QLocale::Language language = QLocale().language());

/// A price as people read it: the answer's currency, in `locale`'s number format (grouping,
/// decimal separator, where the symbol goes). An unknown currency (empty) gives the bare number:
/// a price is never shown in a currency the service did not name.
QString formatMoney(
    double amount, const QString &isoCode, int decimals, const QLocale &locale = QLocale());

} // namespace ecs
