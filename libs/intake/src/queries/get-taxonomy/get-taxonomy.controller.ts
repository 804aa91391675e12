import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { TAXONOMY, type Category } from '@lagspill/domain';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/taxonomy')
export class GetTaxonomyController {
  /** Categories and subcategories with Norwegian labels and where each goes by default. */
  @Get()
  @ApiOkResponse({
    description: '[{code, label, description, defaultRoute, subcategories: [{code, label, description}]}]',
  })
  taxonomy(): readonly Category[] {
    return TAXONOMY;
  }
}
