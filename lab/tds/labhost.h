// Runs a world: one TDS listener per instance plus the control port, and the worker threads for requests.
#pragma once

#include <QObject>
#include <QThreadPool>
#include <QVector>

namespace pchatlab {

class World;
class TdsServer;
class ControlServer;

class LabHost : public QObject
{
    Q_OBJECT
public:
    explicit LabHost(World& world, QObject* parent = nullptr);
    ~LabHost() override;

    // Binds every instance (port 0 = any free port, written back into the instance) and the control port.
    bool start(QString* error);
    // "PCSQL01\PCHAT 127.0.0.1,14331" lines and "control 127.0.0.1,14330".
    QStringList describe() const;
    quint16 controlPort() const;

private:
    World& m_world;
    QThreadPool m_pool;
    QVector<TdsServer*> m_servers;
    ControlServer* m_control = nullptr;
    QString m_controlToken;
    bool m_printToken = false; // made here, not handed down by a parent
};

} // namespace pchatlab
