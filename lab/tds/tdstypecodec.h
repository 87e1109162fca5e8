// Encodes lab values as TDS TYPE_INFO + data and decodes the typed parameter values clients send in RPCs.
#pragma once

#include "lab/tsql/sqlvalue.h"

namespace pchatlab {

class TdsReader;
class TdsWriter;

class TdsTypeCodec
{
public:
    // Reads TYPE_INFO followed by the value (RPC parameter layout); throws TdsProtocolError on bad input.
    static SqlValue readTypedValue(TdsReader& r);
    // The wire type the lab uses for a column or output parameter of this SQL type.
    static void writeTypeInfo(TdsWriter& w, const SqlType& type);
    static void writeValue(TdsWriter& w, const SqlType& type, const SqlValue& value);
    // The collation the lab reports everywhere: SQL_Latin1_General_CP1_CI_AS.
    static QByteArray collation();
    static QString decodeCp1252(const QByteArray& bytes);
};

} // namespace pchatlab
