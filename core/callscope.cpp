#include "callscope.h"

namespace ecs {

CallScope::CallScope(QObject *owner)
    : m_owner(owner)
    , m_context(new QObject(owner))
{ }

CallScope::~CallScope()
{
    // The owner may be half destroyed: the context goes first so no handler runs.
    delete m_context;
    for (const QPointer<ApiCall> &c : std::as_const(m_calls))
        if (c && !c->isFinished())
            c->cancel();
}

void CallScope::renew()
{
    // Deleting the context disconnects the old handlers before the cancellations are delivered.
    delete m_context;
    m_context = new QObject(m_owner);
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &c : calls)
        if (c && !c->isFinished())
            c->cancel();
}

int CallScope::pending() const
{
    int n = 0;
    for (const QPointer<ApiCall> &c : m_calls)
        n += c && !c->isFinished();
    return n;
}

void CallScope::track(ApiCall *call)
{
    m_calls.removeIf([](const QPointer<ApiCall> &c) { return !c || c->isFinished(); });
    m_calls.append(call);
}

} // namespace ecs
