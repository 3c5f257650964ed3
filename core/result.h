#pragma once

#include "apierror.h"

#include <utility>
#include <variant>

namespace ecs {

/// A value or the ApiError that prevented it: what every typed operation hands back.
template<typename T> class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(ApiError error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    /// The question was withdrawn (a newer one, a closed view, shutdown): a flow that sees this
    /// returns at once, touching nothing of its owner.
    bool cancelled() const { return !ok() && error().isCancelled(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    // By value: a reference into a temporary Result would dangle in a range-for.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    const ApiError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

} // namespace ecs
