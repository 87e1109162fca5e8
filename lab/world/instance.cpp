#include "instance.h"

namespace pchatlab {

Database* Instance::database(const QString& name)
{
    for (Database& d : databases) {
        if (d.name.compare(name, Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

Database* Instance::database(int id)
{
    for (Database& d : databases) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

const Login* Instance::login(const QString& name) const
{
    for (const Login& l : logins) {
        if (l.name.compare(name, Qt::CaseInsensitive) == 0)
            return &l;
    }
    return nullptr;
}

QVector<int> Instance::sessionsUsing(const QString& database, int exceptSpid) const
{
    QVector<int> out;
    if (phantomUsers.contains(database.toLower()))
        out.append(77); // the session the fault pretends is there
    for (const auto& s : sessions) {
        if (s->spid != exceptSpid && s->loggedIn && s->database.compare(database, Qt::CaseInsensitive) == 0)
            out.append(s->spid);
    }
    return out;
}

} // namespace pchatlab
