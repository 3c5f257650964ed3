#pragma once

#include "ecsclient.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <utility>

namespace ecs {

/// Latest wins, for one choice on screen (a zone's vSwitches, a VPC's security groups, a page of a
/// list): renew() cancels every call the scope started before and drops their answers, so a
/// handler only ever sees the answer to the newest question. Switching A → B → A under jitter shows
/// A's answer to the second question only.
class CallScope
{
public:
    explicit CallScope(QObject *owner);
    ~CallScope();
    CallScope(const CallScope &) = delete;
    CallScope &operator=(const CallScope &) = delete;

    /// A new question: the older calls are cancelled, and their handlers never run.
    void renew();
    /// Cancels without starting a new question (the view closed or the choice was cleared).
    void cancel() { renew(); }
    /// Calls of this scope still unanswered.
    int pending() const;

    /// Sends through `client`; `handler(Result<Op::Response>)` runs only if no renew() came first.
    template<typename Op, typename Handler>
    ApiCall *call(EcsClient *client, const ApiRequest &request, Handler &&handler)
    {
        ApiCall *c = client->call<Op>(request, m_context, std::forward<Handler>(handler));
        track(c);
        return c;
    }
    /// The raw call, for flows that read the ApiCall itself; `handler()` runs only if current.
    template<typename Handler>
    ApiCall *send(EcsClient *client, const ApiRequest &request, Handler &&handler)
    {
        ApiCall *c = client->send(request);
        QObject::connect(c, &ApiCall::finished, m_context,
            [c, h = std::forward<Handler>(handler)]() mutable { h(c); });
        track(c);
        return c;
    }

private:
    void track(ApiCall *call);

    QObject *m_owner;
    QObject *m_context;
    QList<QPointer<ApiCall>> m_calls;
};

} // namespace ecs
