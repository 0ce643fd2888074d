#pragma once

#include "service/methods.h"

namespace touchpoint {

// The handlers behind DatabaseMethods(); see MethodSpec for the contract. Read-only:
Result<std::string> StatsMethod(MethodContext& context, const Params& params);
Result<std::string> CallsMethod(MethodContext& context, const Params& params);
Result<std::string> PeopleMethod(MethodContext& context, const Params& params);
Result<std::string> PersonMethod(MethodContext& context, const Params& params);
Result<std::string> TimelineMethod(MethodContext& context, const Params& params);
Result<std::string> SearchMethod(MethodContext& context, const Params& params);
Result<std::string> GraphMethod(MethodContext& context, const Params& params);

// The methods that change what is stored.
Result<std::string> AckMethod(MethodContext& context, const Params& params);
Result<std::string> SnoozeMethod(MethodContext& context, const Params& params);
Result<std::string> DismissMethod(MethodContext& context, const Params& params);
Result<std::string> CalledMethod(MethodContext& context, const Params& params);
Result<std::string> LinkMethod(MethodContext& context, const Params& params);
Result<std::string> UnlinkMethod(MethodContext& context, const Params& params);
Result<std::string> RescoreMethod(MethodContext& context, const Params& params);

}  // namespace touchpoint
