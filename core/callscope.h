#pragma once

#include "ecsclient.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <coroutine>
#include <optional>
#include <utility>

namespace ecs {

class CallScope;

/// What `co_await scope.ask<Op>(client, request)` waits on: the call goes out when the flow
/// suspends, and the flow resumes with `Result<Op::Response>`, or with a Cancelled error when the
/// scope was renewed, cancelled or destroyed first. A flow never sees a stale answer; on
/// `result.cancelled()` it returns at once, because its owner may be going away.
template<typename T> class CallAwaiter
{
public:
    using Parser = Result<T> (*)(const QJsonObject &);
    CallAwaiter(CallScope *scope, EcsClient *client, ApiRequest request, Parser parse)
        : m_scope(scope)
        , m_client(client)
        , m_request(std::move(request))
        , m_parse(parse)
    { }

    bool await_ready() const noexcept { return false; }
    bool await_suspend(std::coroutine_handle<> flow);
    Result<T> await_resume() { return std::move(*m_result); }

private:
    CallScope *m_scope;
    QPointer<EcsClient> m_client;
    ApiRequest m_request;
    Parser m_parse;
    std::optional<Result<T>> m_result;
};

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

    /// Any other asynchronous answer (a keychain read, a worker thread's result): the returned
    /// callable runs `handler` only if no renew() came in between. The one latest-wins mechanism,
    /// for answers that are not API calls.
    template<typename Handler> auto guard(Handler &&handler) const
    {
        return [context = QPointer<QObject>(m_context), h = std::forward<Handler>(handler)](
                   auto &&...args) mutable {
            if (context)
                h(std::forward<decltype(args)>(args)...);
        };
    }
    /// The object whose lifetime is the current question: a receiver context for connections
    /// that must drop with it.
    QObject *context() const { return m_context; }

    /// For coroutines: `Result<Op::Response> r = co_await scope.ask<Op>(client, request);`.
    /// renew() resumes the older flows with a Cancelled error (never with their answers).
    template<typename Op>
    CallAwaiter<typename Op::Response> ask(EcsClient *client, const ApiRequest &request)
    {
        return { this, client, request, &Op::parse };
    }
    /// The body as the service sent it, for flows that parse it themselves.
    CallAwaiter<QJsonObject> askRaw(EcsClient *client, const ApiRequest &request)
    {
        return { this, client, request, &CallScope::body };
    }

private:
    template<typename T> friend class CallAwaiter;
    static Result<QJsonObject> body(const QJsonObject &object) { return object; }
    void track(ApiCall *call);

    QObject *m_owner;
    QObject *m_context;
    QList<QPointer<ApiCall>> m_calls;
};

template<typename T> bool CallAwaiter<T>::await_suspend(std::coroutine_handle<> flow)
{
    if (!m_client) { // the profile closed: the flow goes on at once, with Cancelled
        m_result.emplace(ApiError::make(ApiError::Kind::Cancelled, {}));
        return false;
    }
    ApiCall *call = m_client->send(m_request);
    m_scope->track(call);
    // The call's own lifetime carries the connection: renew() cancels the call, whose finished()
    // then resumes the flow with Cancelled, so no frame is left suspended for ever.
    QObject::connect(call, &ApiCall::finished, call, [this, call, flow] {
        if (call->ok())
            m_result.emplace(m_parse(call->response()));
        else
            m_result.emplace(call->error());
        flow.resume();
    });
    return true;
}

} // namespace ecs
