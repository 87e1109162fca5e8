// Lets spdlog and fmt format QString values as UTF-8.
#pragma once

#include <fmt/format.h>
#include <QString>

template <> struct fmt::formatter<QString> : fmt::formatter<std::string_view>
{
    template <typename Context> auto format(const QString& text, Context& context) const
    {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(std::string_view(utf8.constData(), utf8.size()),
                                                        context);
    }
};
