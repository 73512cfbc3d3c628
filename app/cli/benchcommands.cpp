// Placeholder until the bench command group is written (foundation issue).
#include "cli.h"

namespace bianmin::cli {
QList<Command> benchCommands() { return {}; }
}
