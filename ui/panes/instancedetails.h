#pragma once

#include "types/instance.h"

class QTreeWidget;

namespace ecs::ui {

/// Fills the details panel with one instance, in plain words and grouped (Overview,
/// Configuration, Network, Billing, Tags, then every other field the service sent, each under a
/// readable name): never a raw JSON tree. Group rows are expanded; each field is "name: value".
void showInstanceDetails(QTreeWidget *tree, const ecs::Instance &instance);

/// "InternetMaxBandwidthOut" → "Internet max bandwidth out": an API key for people.
QString readableFieldName(const QString &key);

} // namespace ecs::ui
