// The types of an ENVCHANGE token (MS-TDS 2.2.7.9). Depends on nothing, so that the interpreter's ResultSink,
// which speaks TDS's vocabulary, can name them without depending on the TDS layer.
#pragma once

#include <QtGlobal>

namespace pchatlab {

enum class TdsEnvChangeType : quint8
{
    Database = 1,
    Language = 2,
    CharacterSet = 3,
    PacketSize = 4,
    UnicodeSortingLocale = 5,
    UnicodeSortingFlags = 6,
    SqlCollation = 7,
    BeginTransaction = 8,
    CommitTransaction = 9,
    RollbackTransaction = 10,
    EnlistDtcTransaction = 11,
    DefectTransaction = 12,
    RealTimeLogShipping = 13,
    PromoteTransaction = 15,
    TransactionManagerAddress = 16,
    TransactionEnded = 17,
    ResetConnectionAck = 18,
    UserInstanceStarted = 19,
    Routing = 20,
};

} // namespace pchatlab
