// apps/commands.h: the subcommands of the isnad CLI. Each parses its own options
// and returns an exit code (0 ok, 1 failure, 2 usage); none exits.
#ifndef ISNAD_APPS_COMMANDS_H_
#define ISNAD_APPS_COMMANDS_H_

namespace isnad::app {

int RunCode(int argc, char** argv);
int RunExplain(int argc, char** argv);
int RunDict(int argc, char** argv);
int RunEval(int argc, char** argv);

}  // namespace isnad::app

#endif  // ISNAD_APPS_COMMANDS_H_
