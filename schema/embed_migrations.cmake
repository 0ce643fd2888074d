# Writes a C++ source holding every schema/NNNN_name.sql file as a Migration. Run at build
# time (cmake -P) with SCHEMA_DIR and OUTPUT set. Versions must run 1..N without gaps.
file(GLOB sql_files RELATIVE ${SCHEMA_DIR} ${SCHEMA_DIR}/[0-9][0-9][0-9][0-9]_*.sql)
list(SORT sql_files)
set(body "")
set(expected 1)
foreach(file IN LISTS sql_files)
  string(SUBSTRING ${file} 0 4 digits)
  math(EXPR version "1${digits} - 10000")
  if(NOT version EQUAL expected)
    message(FATAL_ERROR "schema/${file}: expected migration ${expected}, found ${version}")
  endif()
  math(EXPR expected "${expected} + 1")
  file(READ ${SCHEMA_DIR}/${file} sql)
  string(APPEND body "    {${version}, \"${file}\", R\"tp_sql(${sql})tp_sql\"},\n")
endforeach()
file(WRITE ${OUTPUT}.tmp
"// Generated from schema/*.sql by schema/embed_migrations.cmake. Do not edit.
#include \"schema/migrations.h\"

namespace touchpoint {
namespace {
constexpr Migration kMigrations[] = {
${body}};
}  // namespace

std::span<const Migration> Migrations() noexcept { return kMigrations; }

}  // namespace touchpoint
")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
